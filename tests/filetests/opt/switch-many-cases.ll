; test opt sccp,simplifycfg
; A 64-case switch on a value SCCP proves constant folds to one branch; the phi of the join
; block loses its 64 other entries in one sweep; a switch whose cases all lead to the
; default becomes a branch.
; run: @pick(100) == 129
; run: @same(7) == 1

define i32 @pick(i32 %x) {
entry:
  %k = add i32 20, 23
  switch i32 %k, label %def [
    i32 0, label %c0
    i32 1, label %c1
    i32 2, label %c2
    i32 3, label %c3
    i32 4, label %c4
    i32 5, label %c5
    i32 6, label %c6
    i32 7, label %c7
    i32 8, label %c8
    i32 9, label %c9
    i32 10, label %c10
    i32 11, label %c11
    i32 12, label %c12
    i32 13, label %c13
    i32 14, label %c14
    i32 15, label %c15
    i32 16, label %c16
    i32 17, label %c17
    i32 18, label %c18
    i32 19, label %c19
    i32 20, label %c20
    i32 21, label %c21
    i32 22, label %c22
    i32 23, label %c23
    i32 24, label %c24
    i32 25, label %c25
    i32 26, label %c26
    i32 27, label %c27
    i32 28, label %c28
    i32 29, label %c29
    i32 30, label %c30
    i32 31, label %c31
    i32 32, label %c32
    i32 33, label %c33
    i32 34, label %c34
    i32 35, label %c35
    i32 36, label %c36
    i32 37, label %c37
    i32 38, label %c38
    i32 39, label %c39
    i32 40, label %c40
    i32 41, label %c41
    i32 42, label %c42
    i32 43, label %c43
    i32 44, label %c44
    i32 45, label %c45
    i32 46, label %c46
    i32 47, label %c47
    i32 48, label %c48
    i32 49, label %c49
    i32 50, label %c50
    i32 51, label %c51
    i32 52, label %c52
    i32 53, label %c53
    i32 54, label %c54
    i32 55, label %c55
    i32 56, label %c56
    i32 57, label %c57
    i32 58, label %c58
    i32 59, label %c59
    i32 60, label %c60
    i32 61, label %c61
    i32 62, label %c62
    i32 63, label %c63
  ]

c0:
  br label %join
c1:
  br label %join
c2:
  br label %join
c3:
  br label %join
c4:
  br label %join
c5:
  br label %join
c6:
  br label %join
c7:
  br label %join
c8:
  br label %join
c9:
  br label %join
c10:
  br label %join
c11:
  br label %join
c12:
  br label %join
c13:
  br label %join
c14:
  br label %join
c15:
  br label %join
c16:
  br label %join
c17:
  br label %join
c18:
  br label %join
c19:
  br label %join
c20:
  br label %join
c21:
  br label %join
c22:
  br label %join
c23:
  br label %join
c24:
  br label %join
c25:
  br label %join
c26:
  br label %join
c27:
  br label %join
c28:
  br label %join
c29:
  br label %join
c30:
  br label %join
c31:
  br label %join
c32:
  br label %join
c33:
  br label %join
c34:
  br label %join
c35:
  br label %join
c36:
  br label %join
c37:
  br label %join
c38:
  br label %join
c39:
  br label %join
c40:
  br label %join
c41:
  br label %join
c42:
  br label %join
c43:
  br label %join
c44:
  br label %join
c45:
  br label %join
c46:
  br label %join
c47:
  br label %join
c48:
  br label %join
c49:
  br label %join
c50:
  br label %join
c51:
  br label %join
c52:
  br label %join
c53:
  br label %join
c54:
  br label %join
c55:
  br label %join
c56:
  br label %join
c57:
  br label %join
c58:
  br label %join
c59:
  br label %join
c60:
  br label %join
c61:
  br label %join
c62:
  br label %join
c63:
  br label %join

def:
  br label %join

join:
  %r = phi i32 [ 0, %c0 ], [ 3, %c1 ], [ 6, %c2 ], [ 9, %c3 ], [ 12, %c4 ], [ 15, %c5 ], [ 18, %c6 ], [ 21, %c7 ], [ 24, %c8 ], [ 27, %c9 ], [ 30, %c10 ], [ 33, %c11 ], [ 36, %c12 ], [ 39, %c13 ], [ 42, %c14 ], [ 45, %c15 ], [ 48, %c16 ], [ 51, %c17 ], [ 54, %c18 ], [ 57, %c19 ], [ 60, %c20 ], [ 63, %c21 ], [ 66, %c22 ], [ 69, %c23 ], [ 72, %c24 ], [ 75, %c25 ], [ 78, %c26 ], [ 81, %c27 ], [ 84, %c28 ], [ 87, %c29 ], [ 90, %c30 ], [ 93, %c31 ], [ 96, %c32 ], [ 99, %c33 ], [ 102, %c34 ], [ 105, %c35 ], [ 108, %c36 ], [ 111, %c37 ], [ 114, %c38 ], [ 117, %c39 ], [ 120, %c40 ], [ 123, %c41 ], [ 126, %c42 ], [ 129, %c43 ], [ 132, %c44 ], [ 135, %c45 ], [ 138, %c46 ], [ 141, %c47 ], [ 144, %c48 ], [ 147, %c49 ], [ 150, %c50 ], [ 153, %c51 ], [ 156, %c52 ], [ 159, %c53 ], [ 162, %c54 ], [ 165, %c55 ], [ 168, %c56 ], [ 171, %c57 ], [ 174, %c58 ], [ 177, %c59 ], [ 180, %c60 ], [ 183, %c61 ], [ 186, %c62 ], [ 189, %c63 ], [ -1, %def ]
  ret i32 %r
}

define i32 @same(i32 %x) {
entry:
  switch i32 %x, label %out [
    i32 1, label %out
    i32 2, label %out
    i32 3, label %out
  ]

out:
  %p = phi i32 [ 1, %entry ], [ 1, %entry ], [ 1, %entry ], [ 1, %entry ]
  ret i32 %p
}
