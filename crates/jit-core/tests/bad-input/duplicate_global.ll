@counter = global i32 0, align 4
@counter = internal global i32 1, align 4
