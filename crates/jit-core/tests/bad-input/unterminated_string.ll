@.str = private constant [6 x i8] c"hello\00, align 1
@next = global i32 0
