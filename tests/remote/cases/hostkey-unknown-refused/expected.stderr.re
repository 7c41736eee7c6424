^dmake: fresh1: .+
--accept-new-host-keys
@HOSTKEY_SHA256@
^dmake: \*\*\* \[Deployfile:3: all\] fresh1: Error 255$
