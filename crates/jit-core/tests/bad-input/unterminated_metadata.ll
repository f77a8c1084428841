!llvm.ident = !{!0}
!0 = !{!"clang version 19", !{!1, !{}
