; A literal that does not fit its type (2^135 in i136 fits; 2^136 does not).
; test parse-error

@a = global i136 87112285931760246646623899502532662132736 ; error: does not fit in i136
