@f = global float 0.1
