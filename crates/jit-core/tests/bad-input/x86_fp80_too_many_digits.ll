@ld = dso_local global x86_fp80 0xK3FFF80000000000000001, align 16
