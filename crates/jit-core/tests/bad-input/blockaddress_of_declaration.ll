@target = global ptr blockaddress(@g, %bb)
declare void @g()
