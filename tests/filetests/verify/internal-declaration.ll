; A declaration cannot have internal linkage.
; test verify

declare internal void @f() ; error: a function declaration must have external or extern_weak linkage, not internal
