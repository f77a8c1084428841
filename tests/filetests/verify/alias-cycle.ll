; Aliases of each other lead nowhere; both are reported.
; test verify

@a1 = alias i32, ptr @a2 ; error: in @a1: alias cycle
@a2 = alias i32, ptr @a1 ; error: in @a2: alias cycle
