/* References a function nothing defines. */
extern int no_such_function_anywhere(int);
int main(void) { return no_such_function_anywhere(1); }
