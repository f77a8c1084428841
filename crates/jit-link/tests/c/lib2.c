/* Calls into lib1.c across objects; uses a COMMON symbol when built with -fcommon. */
extern int apply(int op, int a, int b);
extern int counter;
int common_var;

int twice_apply(int op, int a, int b) { return 2 * apply(op, a, b); }
int read_counter(void) { return counter; }
int *common_addr(void) { return &common_var; }
