@small = global i8 300
