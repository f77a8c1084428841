declare token @llvm.something()
