; Addresses of symbols: a global defined here (PC-relative), one declared elsewhere
; (through the GOT), a function address, and a constant table in read-only data.
; test compile

@here = global i32 5
@elsewhere = external global i32
@table = internal constant [2 x i64] [i64 10, i64 20]

define i32 @load_here() {
  %v = load i32, ptr @here
  ret i32 %v
}

define i32 @load_elsewhere() {
  %v = load i32, ptr @elsewhere
  ret i32 %v
}

define ptr @function_address() {
  ret ptr @load_here
}

define i64 @table_entry(i64 %i) {
  %p = getelementptr inbounds [2 x i64], ptr @table, i64 0, i64 %i
  %v = load i64, ptr %p
  ret i64 %v
}
