/* Registers exit handlers when the host calls it directly (not through run_main). */
#include <stdlib.h>

int handler_runs;
static void handler(void) { handler_runs++; }
void register_handler(void) { atexit(handler); }
