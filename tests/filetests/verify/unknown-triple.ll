; A triple for an architecture the engine does not know; the diagnostic has no position,
; so the expectation comes before any code.
; test verify

; error: target triple "sparc64-unknown-linux-gnu" names an architecture this engine does not know
target triple = "sparc64-unknown-linux-gnu"
