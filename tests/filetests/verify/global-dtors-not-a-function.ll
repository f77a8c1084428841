; A destructor entry that names a variable.
; test verify

@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 1, ptr @data, ptr null }] ; error: does not name a function
@data = global i32 0
