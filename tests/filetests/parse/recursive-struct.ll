; A struct containing itself by value (through another struct and an array) has no size;
; reported at the first type of the cycle.
; test parse-error

%a = type { i32, %b } ; error:1: struct type '%a' contains itself
%b = type { [2 x %a] }
