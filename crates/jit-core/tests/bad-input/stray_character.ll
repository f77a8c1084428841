@x = global i32 0 ~ 1
