/* Placeholder until the real main lands: builds, prints, fails. */
#include "config.h"

#include <stdio.h>

int
main(void)
{
	fputs("dmake: not built yet\n", stderr);
	return 2;
}
