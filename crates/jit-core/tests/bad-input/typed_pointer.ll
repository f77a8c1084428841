@p = global i32* null
