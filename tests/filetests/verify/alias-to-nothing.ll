; An alias must lead to a global, function or alias.
; test verify

@bad = alias i32, ptr inttoptr (i64 8 to ptr) ; error: aliasee ptr inttoptr (i64 8 to ptr) is not a global, function or alias
