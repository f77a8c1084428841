; `label` parameters.
; test parse-error

declare void @f(label) ; error: 'label' parameters
