/*
 * sshlib.h - libssh, loaded when the first SSH session starts, not at
 * program start: a makefile that runs nothing remote does not pay for
 * mapping libssh, libcrypto and Kerberos (about 2.7 MB of resident
 * pages and half of dmake's start-up time).
 *
 * session.c, the one module that calls libssh, includes this header
 * instead of libssh's: each function it uses becomes a call through
 * the table filled by sshlib_load().
 */
#ifndef DMAKE_SSHLIB_H
#define DMAKE_SSHLIB_H

#include <stdbool.h>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>	/* ssh_send_keepalive */

/* The libssh functions dmake calls. */
#define SSHLIB_FUNCS(X) \
	X(ssh_channel_close) \
	X(ssh_channel_free) \
	X(ssh_channel_is_eof) \
	X(ssh_channel_is_open) \
	X(ssh_channel_new) \
	X(ssh_channel_open_session) \
	X(ssh_channel_request_exec) \
	X(ssh_channel_send_eof) \
	X(ssh_channel_window_size) \
	X(ssh_channel_write) \
	X(ssh_clean_pubkey_hash) \
	X(ssh_connect) \
	X(ssh_disconnect) \
	X(ssh_event_add_fd) \
	X(ssh_event_add_session) \
	X(ssh_event_dopoll) \
	X(ssh_event_free) \
	X(ssh_event_new) \
	X(ssh_event_remove_fd) \
	X(ssh_event_remove_session) \
	X(ssh_free) \
	X(ssh_get_error) \
	X(ssh_get_fd) \
	X(ssh_get_fingerprint_hash) \
	X(ssh_get_poll_flags) \
	X(ssh_get_publickey_hash) \
	X(ssh_get_server_publickey) \
	X(ssh_getpass) \
	X(ssh_is_connected) \
	X(ssh_key_free) \
	X(ssh_new) \
	X(ssh_options_get) \
	X(ssh_options_parse_config) \
	X(ssh_options_set) \
	X(ssh_pki_import_privkey_file) \
	X(ssh_remove_channel_callbacks) \
	X(ssh_send_keepalive) \
	X(ssh_session_export_known_hosts_entry) \
	X(ssh_session_is_known_server) \
	X(ssh_set_blocking) \
	X(ssh_set_channel_callbacks) \
	X(ssh_string_free_char) \
	X(ssh_userauth_list) \
	X(ssh_userauth_password) \
	X(ssh_userauth_publickey) \
	X(ssh_userauth_publickey_auto) \
	X(ssh_version)

struct sshlib {
	/* f is a declarator here, not an expression to parenthesise. */
	/* NOLINTNEXTLINE(bugprone-macro-parentheses) */
#define SSHLIB_FIELD(f) __typeof__(f) *f;
	SSHLIB_FUNCS(SSHLIB_FIELD)
#undef SSHLIB_FIELD
};

extern struct sshlib sshlib;

/* Load libssh and fill the table, once; later calls return the first
 * result.  Thread-safe.  On failure returns false and, when err is not
 * NULL, points it at the dynamic loader's message (static storage). */
bool sshlib_load(const char **err);

#ifndef SSHLIB_NO_MACROS
#define ssh_channel_close (sshlib.ssh_channel_close)
#define ssh_channel_free (sshlib.ssh_channel_free)
#define ssh_channel_is_eof (sshlib.ssh_channel_is_eof)
#define ssh_channel_is_open (sshlib.ssh_channel_is_open)
#define ssh_channel_new (sshlib.ssh_channel_new)
#define ssh_channel_open_session (sshlib.ssh_channel_open_session)
#define ssh_channel_request_exec (sshlib.ssh_channel_request_exec)
#define ssh_channel_send_eof (sshlib.ssh_channel_send_eof)
#define ssh_channel_window_size (sshlib.ssh_channel_window_size)
#define ssh_channel_write (sshlib.ssh_channel_write)
#define ssh_clean_pubkey_hash (sshlib.ssh_clean_pubkey_hash)
#define ssh_connect (sshlib.ssh_connect)
#define ssh_disconnect (sshlib.ssh_disconnect)
#define ssh_event_add_fd (sshlib.ssh_event_add_fd)
#define ssh_event_add_session (sshlib.ssh_event_add_session)
#define ssh_event_dopoll (sshlib.ssh_event_dopoll)
#define ssh_event_free (sshlib.ssh_event_free)
#define ssh_event_new (sshlib.ssh_event_new)
#define ssh_event_remove_fd (sshlib.ssh_event_remove_fd)
#define ssh_event_remove_session (sshlib.ssh_event_remove_session)
#define ssh_free (sshlib.ssh_free)
#define ssh_get_error (sshlib.ssh_get_error)
#define ssh_get_fd (sshlib.ssh_get_fd)
#define ssh_get_fingerprint_hash (sshlib.ssh_get_fingerprint_hash)
#define ssh_get_poll_flags (sshlib.ssh_get_poll_flags)
#define ssh_get_publickey_hash (sshlib.ssh_get_publickey_hash)
#define ssh_get_server_publickey (sshlib.ssh_get_server_publickey)
#define ssh_getpass (sshlib.ssh_getpass)
#define ssh_is_connected (sshlib.ssh_is_connected)
#define ssh_key_free (sshlib.ssh_key_free)
#define ssh_new (sshlib.ssh_new)
#define ssh_options_get (sshlib.ssh_options_get)
#define ssh_options_parse_config (sshlib.ssh_options_parse_config)
#define ssh_options_set (sshlib.ssh_options_set)
#define ssh_pki_import_privkey_file (sshlib.ssh_pki_import_privkey_file)
#define ssh_remove_channel_callbacks (sshlib.ssh_remove_channel_callbacks)
#define ssh_send_keepalive (sshlib.ssh_send_keepalive)
#define ssh_session_export_known_hosts_entry \
	(sshlib.ssh_session_export_known_hosts_entry)
#define ssh_session_is_known_server (sshlib.ssh_session_is_known_server)
#define ssh_set_blocking (sshlib.ssh_set_blocking)
#define ssh_set_channel_callbacks (sshlib.ssh_set_channel_callbacks)
#define ssh_string_free_char (sshlib.ssh_string_free_char)
#define ssh_userauth_list (sshlib.ssh_userauth_list)
#define ssh_userauth_password (sshlib.ssh_userauth_password)
#define ssh_userauth_publickey (sshlib.ssh_userauth_publickey)
#define ssh_userauth_publickey_auto (sshlib.ssh_userauth_publickey_auto)
#define ssh_version (sshlib.ssh_version)
#endif

#endif
