; ModuleID = 'stl_containers.cpp'
source_filename = "stl_containers.cpp"
target datalayout = "e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%"struct.std::piecewise_construct_t" = type { i8 }
%"class.std::__cxx11::list" = type { %"class.std::__cxx11::_List_base" }
%"class.std::__cxx11::_List_base" = type { %"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" }
%"struct.std::__cxx11::_List_base<int, std::allocator<int>>::_List_impl" = type { %"struct.std::__detail::_List_node_header" }
%"struct.std::__detail::_List_node_header" = type { %"struct.std::__detail::_List_node_base", i64 }
%"struct.std::__detail::_List_node_base" = type { ptr, ptr }
%"struct.std::__detail::_AllocNode" = type { ptr }
%"class.std::map" = type { %"class.std::_Rb_tree" }
%"class.std::_Rb_tree" = type { %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"struct.std::_Rb_tree_header" = type { %"struct.std::_Rb_tree_node_base", i64 }
%"struct.std::_Rb_tree_node_base" = type { i32, ptr, ptr, ptr }
%"class.std::__cxx11::basic_string" = type { %"struct.std::__cxx11::basic_string<char>::_Alloc_hider", i64, %union.anon }
%"struct.std::__cxx11::basic_string<char>::_Alloc_hider" = type { ptr }
%union.anon = type { i64, [8 x i8] }
%"class.std::set" = type { %"class.std::_Rb_tree.9" }
%"class.std::_Rb_tree.9" = type { %"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" }
%"struct.std::_Rb_tree<int, int, std::_Identity<int>, std::less<int>>::_Rb_tree_impl" = type { [8 x i8], %"struct.std::_Rb_tree_header" }
%"class.std::unordered_map" = type { %"class.std::_Hashtable" }
%"class.std::_Hashtable" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"struct.std::__detail::_Hash_node_base" = type { ptr }
%"struct.std::__detail::_Prime_rehash_policy" = type { float, i64 }
%"class.std::unordered_set" = type { %"class.std::_Hashtable.29" }
%"class.std::_Hashtable.29" = type { ptr, i64, %"struct.std::__detail::_Hash_node_base", i64, %"struct.std::__detail::_Prime_rehash_policy", ptr }
%"class.std::deque" = type { %"class.std::_Deque_base" }
%"class.std::_Deque_base" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl" = type { %"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" }
%"struct.std::_Deque_base<int, std::allocator<int>>::_Deque_impl_data" = type { ptr, i64, %"struct.std::_Deque_iterator", %"struct.std::_Deque_iterator" }
%"struct.std::_Deque_iterator" = type { ptr, ptr, ptr, ptr }
%"struct.std::pair.27" = type { i32, i32 }
%"class.std::tuple" = type { %"struct.std::_Tuple_impl" }
%"struct.std::_Tuple_impl" = type { %"struct.std::_Head_base" }
%"struct.std::_Head_base" = type { ptr }
%"class.std::tuple.76" = type { i8 }
%"struct.std::__detail::_Scratch_list" = type { %"struct.std::__detail::_List_node_base" }
%"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node" = type { ptr, ptr }
%"struct.std::_Hashtable<std::__cxx11::basic_string<char>, std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>, std::__detail::_Identity, std::equal_to<std::__cxx11::basic_string<char>>, std::hash<string>, std::__detail::_Mod_range_hashing, std::__detail::_Default_ranged_hash, std::__detail::_Prime_rehash_policy, std::__detail::_Hashtable_traits<true, true, true>>::_Scoped_node" = type { ptr, ptr }

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_ = comdat any

$_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_ = comdat any

$_ZNSt7__cxx114listIiSaIiEE4sortEv = comdat any

$_ZNSt5dequeIiSaIiEED2Ev = comdat any

$_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev = comdat any

$_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev = comdat any

$_ZNSt3setIiSt4lessIiESaIiEED2Ev = comdat any

$_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev = comdat any

$__clang_call_terminate = comdat any

$_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm = comdat any

$_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_ = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E = comdat any

$_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_ = comdat any

$_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_ = comdat any

$_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_ = comdat any

$_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_ = comdat any

$_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_ = comdat any

$_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm = comdat any

$_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_ = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev = comdat any

$_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE = comdat any

$_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_ = comdat any

$_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb = comdat any

$_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_ = comdat any

$_ZSt19piecewise_construct = comdat any

@.str = private unnamed_addr constant [55 x i8] c"vector: size %zu, min %d, max %d, first >= 250 at %ld\0A\00", align 1
@.str.1 = private unnamed_addr constant [31 x i8] c"distinct values: %zu, sum %ld\0A\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"%d \00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"the\00", align 1
@.str.5 = private unnamed_addr constant [6 x i8] c"quick\00", align 1
@.str.6 = private unnamed_addr constant [6 x i8] c"brown\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"fox\00", align 1
@.str.8 = private unnamed_addr constant [6 x i8] c"jumps\00", align 1
@.str.9 = private unnamed_addr constant [5 x i8] c"over\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"lazy\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"dog\00", align 1
@.str.12 = private unnamed_addr constant [4 x i8] c"end\00", align 1
@__const.main.text = private unnamed_addr constant [11 x ptr] [ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.4, ptr @.str.10, ptr @.str.11, ptr @.str.4, ptr @.str.12], align 8
@.str.13 = private unnamed_addr constant [7 x i8] c"%s:%d \00", align 1
@.str.14 = private unnamed_addr constant [45 x i8] c"map size %zu, quick %s, upper_bound(l) = %s\0A\00", align 1
@.str.15 = private unnamed_addr constant [6 x i8] c"found\00", align 1
@.str.16 = private unnamed_addr constant [8 x i8] c"missing\00", align 1
@.str.18 = private unnamed_addr constant [57 x i8] c"set: %zu elements, count(42) %zu, lowest %d, highest %d\0A\00", align 1
@.str.19 = private unnamed_addr constant [58 x i8] c"unordered_map: %zu buckets used by %zu keys; top residues\00", align 1
@.str.20 = private unnamed_addr constant [8 x i8] c" %d(%d)\00", align 1
@.str.21 = private unnamed_addr constant [42 x i8] c"unordered_set: %zu unique, %d duplicates\0A\00", align 1
@.str.22 = private unnamed_addr constant [20 x i8] c"| front %d back %d\0A\00", align 1
@.str.23 = private unnamed_addr constant [12 x i8] c"list (%zu):\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c" %d\00", align 1
@_ZL4seed = internal unnamed_addr global i32 2024, align 4
@.str.25 = private unnamed_addr constant [26 x i8] c"vector::_M_realloc_insert\00", align 1
@.str.26 = private unnamed_addr constant [49 x i8] c"cannot create std::vector larger than max_size()\00", align 1
@.str.27 = private unnamed_addr constant [50 x i8] c"basic_string: construction from null is not valid\00", align 1
@_ZSt19piecewise_construct = linkonce_odr dso_local constant %"struct.std::piecewise_construct_t" zeroinitializer, comdat, align 1
@.str.28 = private unnamed_addr constant [48 x i8] c"cannot create std::deque larger than max_size()\00", align 1

; Function Attrs: mustprogress norecurse uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 personality ptr @__gxx_personality_v0 {
  %1 = alloca %"class.std::__cxx11::list", align 8
  %2 = alloca %"class.std::__cxx11::list", align 8
  %3 = alloca %"struct.std::__detail::_AllocNode", align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca %"class.std::map", align 8
  %7 = alloca %"class.std::__cxx11::basic_string", align 8
  %8 = alloca %"class.std::__cxx11::basic_string", align 8
  %9 = alloca %"class.std::__cxx11::basic_string", align 8
  %10 = alloca %"class.std::__cxx11::basic_string", align 8
  %11 = alloca %"class.std::set", align 8
  %12 = alloca %"class.std::unordered_map", align 8
  %13 = alloca %"class.std::unordered_set", align 8
  %14 = alloca %"class.std::__cxx11::basic_string", align 8
  %15 = alloca %"class.std::deque", align 8
  %16 = alloca i32, align 4
  %17 = alloca %"class.std::__cxx11::list", align 8
  %18 = load i32, ptr @_ZL4seed, align 4, !tbaa !6
  br label %35

19:                                               ; preds = %78
  %20 = ptrtoint ptr %81 to i64
  %21 = ptrtoint ptr %83 to i64
  %22 = ptrtoint ptr %82 to i64
  %23 = sub i64 %21, %22
  %24 = ashr exact i64 %23, 2
  %25 = icmp eq ptr %83, %82
  br i1 %25, label %26, label %29

26:                                               ; preds = %19
  %27 = getelementptr inbounds i8, ptr null, i64 %23
  %28 = ptrtoint ptr %27 to i64
  br label %98

29:                                               ; preds = %19
  %30 = icmp ugt i64 %24, 2305843009213693951
  br i1 %30, label %31, label %33, !prof !10

31:                                               ; preds = %29
  invoke void @_ZSt28__throw_bad_array_new_lengthv() #21
          to label %32 unwind label %307

32:                                               ; preds = %31
  unreachable

33:                                               ; preds = %29
  %34 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %23) #22
          to label %90 unwind label %307

35:                                               ; preds = %0, %78
  %36 = phi i32 [ %18, %0 ], [ %79, %78 ]
  %37 = phi i32 [ 0, %0 ], [ %84, %78 ]
  %38 = phi ptr [ null, %0 ], [ %82, %78 ]
  %39 = phi ptr [ null, %0 ], [ %83, %78 ]
  %40 = phi ptr [ null, %0 ], [ %80, %78 ]
  %41 = mul i32 %36, 1664525
  %42 = add i32 %41, 1013904223
  store i32 %42, ptr @_ZL4seed, align 4, !tbaa !6
  %43 = lshr i32 %42, 8
  %44 = urem i32 %43, 500
  %45 = icmp eq ptr %39, %40
  br i1 %45, label %47, label %46

46:                                               ; preds = %35
  store i32 %44, ptr %39, align 4, !tbaa !6
  br label %78

47:                                               ; preds = %35
  %48 = ptrtoint ptr %39 to i64
  %49 = ptrtoint ptr %38 to i64
  %50 = sub i64 %48, %49
  %51 = icmp eq i64 %50, 9223372036854775804
  br i1 %51, label %52, label %54

52:                                               ; preds = %47
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.25) #21
          to label %53 unwind label %88

53:                                               ; preds = %52
  unreachable

54:                                               ; preds = %47
  %55 = ashr exact i64 %50, 2
  %56 = tail call i64 @llvm.umax.i64(i64 %55, i64 1)
  %57 = add nsw i64 %56, %55
  %58 = icmp ult i64 %57, %55
  %59 = tail call i64 @llvm.umin.i64(i64 %57, i64 2305843009213693951)
  %60 = select i1 %58, i64 2305843009213693951, i64 %59
  %61 = icmp eq i64 %60, 0
  br i1 %61, label %65, label %62

62:                                               ; preds = %54
  %63 = shl nuw nsw i64 %60, 2
  %64 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %63) #22
          to label %65 unwind label %86

65:                                               ; preds = %62, %54
  %66 = phi ptr [ null, %54 ], [ %64, %62 ]
  %67 = getelementptr inbounds i32, ptr %66, i64 %55
  store i32 %44, ptr %67, align 4, !tbaa !6
  %68 = icmp sgt i64 %50, 0
  br i1 %68, label %69, label %70

69:                                               ; preds = %65
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %66, ptr align 4 %38, i64 %50, i1 false)
  br label %70

70:                                               ; preds = %65, %69
  %71 = getelementptr inbounds i8, ptr %66, i64 %50
  %72 = icmp eq ptr %38, null
  br i1 %72, label %75, label %73

73:                                               ; preds = %70
  tail call void @_ZdlPvm(ptr noundef nonnull %38, i64 noundef %50) #23
  %74 = load i32, ptr @_ZL4seed, align 4, !tbaa !6
  br label %75

75:                                               ; preds = %73, %70
  %76 = phi i32 [ %74, %73 ], [ %42, %70 ]
  %77 = getelementptr inbounds i32, ptr %66, i64 %60
  br label %78

78:                                               ; preds = %75, %46
  %79 = phi i32 [ %76, %75 ], [ %42, %46 ]
  %80 = phi ptr [ %77, %75 ], [ %40, %46 ]
  %81 = phi ptr [ %71, %75 ], [ %39, %46 ]
  %82 = phi ptr [ %66, %75 ], [ %38, %46 ]
  %83 = getelementptr inbounds i8, ptr %81, i64 4
  %84 = add nuw nsw i32 %37, 1
  %85 = icmp eq i32 %84, 1000
  br i1 %85, label %19, label %35, !llvm.loop !11

86:                                               ; preds = %62
  %87 = landingpad { ptr, i32 }
          cleanup
  br label %1219

88:                                               ; preds = %52
  %89 = landingpad { ptr, i32 }
          cleanup
  br label %1219

90:                                               ; preds = %33
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %34, ptr align 4 %82, i64 %23, i1 false)
  %91 = getelementptr inbounds i8, ptr %34, i64 %23
  %92 = ptrtoint ptr %34 to i64
  %93 = ptrtoint ptr %91 to i64
  %94 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %24, i1 false)
  %95 = shl nuw nsw i64 %94, 1
  %96 = sub nsw i64 126, %95
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %92, i64 %93, i64 noundef %96, i8 undef)
          to label %97 unwind label %309

97:                                               ; preds = %90
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %92, i64 %93, i8 undef)
          to label %98 unwind label %309

98:                                               ; preds = %26, %97
  %99 = phi i64 [ %28, %26 ], [ %93, %97 ]
  %100 = phi i64 [ 0, %26 ], [ %92, %97 ]
  %101 = phi ptr [ %27, %26 ], [ %91, %97 ]
  %102 = phi ptr [ null, %26 ], [ %34, %97 ]
  %103 = icmp sgt i64 %24, 0
  br i1 %103, label %104, label %119

104:                                              ; preds = %98, %104
  %105 = phi i64 [ %115, %104 ], [ %24, %98 ]
  %106 = phi ptr [ %114, %104 ], [ %102, %98 ]
  %107 = lshr i64 %105, 1
  %108 = getelementptr inbounds i32, ptr %106, i64 %107
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %109, 250
  %111 = getelementptr inbounds i8, ptr %108, i64 4
  %112 = xor i64 %107, -1
  %113 = add nsw i64 %105, %112
  %114 = select i1 %110, ptr %111, ptr %106
  %115 = select i1 %110, i64 %113, i64 %107
  %116 = icmp sgt i64 %115, 0
  br i1 %116, label %104, label %117, !llvm.loop !13

117:                                              ; preds = %104
  %118 = ptrtoint ptr %114 to i64
  br label %119

119:                                              ; preds = %117, %98
  %120 = phi i64 [ %100, %98 ], [ %118, %117 ]
  %121 = load i32, ptr %102, align 4, !tbaa !6
  %122 = getelementptr inbounds i8, ptr %101, i64 -4
  %123 = load i32, ptr %122, align 4, !tbaa !6
  %124 = sub i64 %120, %100
  %125 = ashr exact i64 %124, 2
  %126 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %24, i32 noundef %121, i32 noundef %123, i64 noundef %125)
  br i1 %25, label %202, label %127

127:                                              ; preds = %119, %131
  %128 = phi ptr [ %129, %131 ], [ %102, %119 ]
  %129 = getelementptr inbounds i8, ptr %128, i64 4
  %130 = icmp eq ptr %129, %101
  br i1 %130, label %161, label %131

131:                                              ; preds = %127
  %132 = load i32, ptr %128, align 4, !tbaa !6
  %133 = load i32, ptr %129, align 4, !tbaa !6
  %134 = icmp eq i32 %132, %133
  br i1 %134, label %135, label %127, !llvm.loop !14

135:                                              ; preds = %131
  %136 = getelementptr inbounds i8, ptr %128, i64 8
  %137 = icmp eq ptr %136, %101
  br i1 %137, label %150, label %138

138:                                              ; preds = %135, %146
  %139 = phi i32 [ %142, %146 ], [ %132, %135 ]
  %140 = phi ptr [ %148, %146 ], [ %136, %135 ]
  %141 = phi ptr [ %147, %146 ], [ %128, %135 ]
  %142 = load i32, ptr %140, align 4, !tbaa !6
  %143 = icmp eq i32 %139, %142
  br i1 %143, label %146, label %144

144:                                              ; preds = %138
  %145 = getelementptr inbounds i8, ptr %141, i64 4
  store i32 %142, ptr %145, align 4, !tbaa !6
  br label %146

146:                                              ; preds = %144, %138
  %147 = phi ptr [ %141, %138 ], [ %145, %144 ]
  %148 = getelementptr inbounds i8, ptr %140, i64 4
  %149 = icmp eq ptr %148, %101
  br i1 %149, label %150, label %138, !llvm.loop !15

150:                                              ; preds = %146, %135
  %151 = phi ptr [ %128, %135 ], [ %147, %146 ]
  %152 = getelementptr inbounds i8, ptr %151, i64 4
  %153 = ptrtoint ptr %152 to i64
  %154 = sub i64 %153, %100
  %155 = getelementptr inbounds i8, ptr %102, i64 %154
  %156 = icmp eq ptr %152, %101
  %157 = icmp eq i64 %23, %154
  %158 = select i1 %156, i1 true, i1 %157
  %159 = select i1 %158, ptr %101, ptr %155
  %160 = ptrtoint ptr %159 to i64
  br label %161

161:                                              ; preds = %127, %150
  %162 = phi i64 [ %160, %150 ], [ %99, %127 ]
  br i1 %25, label %202, label %163

163:                                              ; preds = %161
  %164 = sub i64 %20, %22
  %165 = lshr i64 %164, 2
  %166 = add nuw nsw i64 %165, 1
  %167 = icmp ult i64 %164, 28
  br i1 %167, label %191, label %168

168:                                              ; preds = %163
  %169 = and i64 %166, 9223372036854775800
  %170 = shl i64 %169, 2
  %171 = getelementptr i8, ptr %82, i64 %170
  br label %172

172:                                              ; preds = %172, %168
  %173 = phi i64 [ 0, %168 ], [ %185, %172 ]
  %174 = phi <4 x i64> [ zeroinitializer, %168 ], [ %183, %172 ]
  %175 = phi <4 x i64> [ zeroinitializer, %168 ], [ %184, %172 ]
  %176 = shl i64 %173, 2
  %177 = getelementptr i8, ptr %82, i64 %176
  %178 = getelementptr i8, ptr %177, i64 16
  %179 = load <4 x i32>, ptr %177, align 4, !tbaa !6
  %180 = load <4 x i32>, ptr %178, align 4, !tbaa !6
  %181 = sext <4 x i32> %179 to <4 x i64>
  %182 = sext <4 x i32> %180 to <4 x i64>
  %183 = add <4 x i64> %174, %181
  %184 = add <4 x i64> %175, %182
  %185 = add nuw i64 %173, 8
  %186 = icmp eq i64 %185, %169
  br i1 %186, label %187, label %172, !llvm.loop !16

187:                                              ; preds = %172
  %188 = add <4 x i64> %184, %183
  %189 = tail call i64 @llvm.vector.reduce.add.v4i64(<4 x i64> %188)
  %190 = icmp eq i64 %166, %169
  br i1 %190, label %202, label %191

191:                                              ; preds = %187, %163
  %192 = phi i64 [ 0, %163 ], [ %189, %187 ]
  %193 = phi ptr [ %82, %163 ], [ %171, %187 ]
  br label %194

194:                                              ; preds = %191, %194
  %195 = phi i64 [ %199, %194 ], [ %192, %191 ]
  %196 = phi ptr [ %200, %194 ], [ %193, %191 ]
  %197 = load i32, ptr %196, align 4, !tbaa !6
  %198 = sext i32 %197 to i64
  %199 = add nsw i64 %195, %198
  %200 = getelementptr inbounds i8, ptr %196, i64 4
  %201 = icmp eq ptr %196, %81
  br i1 %201, label %202, label %194, !llvm.loop !19

202:                                              ; preds = %194, %187, %119, %161
  %203 = phi i64 [ %162, %161 ], [ %99, %119 ], [ %162, %187 ], [ %162, %194 ]
  %204 = phi i64 [ 0, %161 ], [ 0, %119 ], [ %189, %187 ], [ %199, %194 ]
  %205 = sub i64 %203, %100
  %206 = ashr exact i64 %205, 2
  %207 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.1, i64 noundef %206, i64 noundef %204)
  %208 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #22
          to label %209 unwind label %311

209:                                              ; preds = %202
  %210 = getelementptr inbounds i8, ptr %208, i64 4
  %211 = getelementptr inbounds i8, ptr %208, i64 8
  %212 = getelementptr inbounds i8, ptr %208, i64 12
  %213 = getelementptr inbounds i8, ptr %208, i64 16
  %214 = getelementptr inbounds i8, ptr %208, i64 20
  %215 = getelementptr inbounds i8, ptr %208, i64 24
  %216 = getelementptr inbounds i8, ptr %208, i64 28
  %217 = getelementptr inbounds i8, ptr %208, i64 32
  %218 = getelementptr inbounds i8, ptr %208, i64 36
  store <2 x i32> <i32 9, i32 10>, ptr %217, align 4, !tbaa !6
  %219 = getelementptr inbounds i8, ptr %208, i64 40
  store <4 x i32> <i32 1, i32 4, i32 9, i32 16>, ptr %208, align 4, !tbaa !6
  %220 = getelementptr inbounds i8, ptr %208, i64 16
  store <4 x i32> <i32 25, i32 36, i32 49, i32 64>, ptr %220, align 4, !tbaa !6
  %221 = getelementptr inbounds i8, ptr %208, i64 32
  store <2 x i32> <i32 81, i32 100>, ptr %221, align 4, !tbaa !6
  %222 = ptrtoint ptr %208 to i64
  br label %223

223:                                              ; preds = %209, %246
  %224 = phi i64 [ %239, %246 ], [ 40, %209 ]
  %225 = phi i64 [ %248, %246 ], [ 0, %209 ]
  br label %226

226:                                              ; preds = %234, %223
  %227 = phi i64 [ %225, %223 ], [ %235, %234 ]
  %228 = getelementptr inbounds i8, ptr %208, i64 %227
  %229 = load i32, ptr %228, align 4, !tbaa !6
  %230 = and i32 %229, 1
  %231 = icmp eq i32 %230, 0
  br i1 %231, label %234, label %232

232:                                              ; preds = %226
  %233 = getelementptr inbounds i8, ptr %208, i64 %227
  br label %237

234:                                              ; preds = %226
  %235 = add nsw i64 %227, 4
  %236 = icmp eq i64 %235, %224
  br i1 %236, label %250, label %226, !llvm.loop !20

237:                                              ; preds = %232, %241
  %238 = phi i64 [ %239, %241 ], [ %224, %232 ]
  %239 = add nsw i64 %238, -4
  %240 = icmp eq i64 %227, %239
  br i1 %240, label %250, label %241

241:                                              ; preds = %237
  %242 = getelementptr inbounds i8, ptr %208, i64 %239
  %243 = load i32, ptr %242, align 4, !tbaa !6
  %244 = and i32 %243, 1
  %245 = icmp eq i32 %244, 0
  br i1 %245, label %246, label %237, !llvm.loop !21

246:                                              ; preds = %241
  %247 = getelementptr inbounds i8, ptr %208, i64 %239
  store i32 %243, ptr %233, align 4, !tbaa !6
  store i32 %229, ptr %247, align 4, !tbaa !6
  %248 = add nsw i64 %227, 4
  %249 = icmp eq i64 %248, %239
  br i1 %249, label %250, label %223, !llvm.loop !22

250:                                              ; preds = %246, %234, %237
  %251 = phi i64 [ %227, %237 ], [ %224, %234 ], [ %239, %246 ]
  %252 = getelementptr inbounds i8, ptr %208, i64 %251
  %253 = ptrtoint ptr %252 to i64
  %254 = icmp eq i64 %251, 0
  br i1 %254, label %255, label %257

255:                                              ; preds = %250
  %256 = ptrtoint ptr %219 to i64
  br label %266

257:                                              ; preds = %250
  %258 = ashr exact i64 %251, 2
  %259 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %258, i1 true)
  %260 = shl nuw nsw i64 %259, 1
  %261 = sub nuw nsw i64 126, %260
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %222, i64 %253, i64 noundef %261, i8 undef)
          to label %262 unwind label %313

262:                                              ; preds = %257
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %222, i64 %253, i8 undef)
          to label %263 unwind label %313

263:                                              ; preds = %262
  %264 = ptrtoint ptr %219 to i64
  %265 = icmp eq i64 %251, 40
  br i1 %265, label %274, label %266

266:                                              ; preds = %255, %263
  %267 = phi i64 [ %256, %255 ], [ %264, %263 ]
  %268 = sub nsw i64 40, %251
  %269 = ashr exact i64 %268, 2
  %270 = tail call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %269, i1 false)
  %271 = shl nuw nsw i64 %270, 1
  %272 = sub nsw i64 126, %271
  invoke void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %253, i64 %267, i64 noundef %272, i8 undef)
          to label %273 unwind label %313

273:                                              ; preds = %266
  invoke void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %253, i64 %267, i8 undef)
          to label %274 unwind label %313

274:                                              ; preds = %263, %273
  %275 = phi i64 [ %264, %263 ], [ %267, %273 ]
  %276 = ptrtoint ptr %212 to i64
  %277 = invoke i64 @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(i64 %222, i64 %276, i64 %275, i8 undef)
          to label %278 unwind label %315

278:                                              ; preds = %274
  %279 = load i32, ptr %208, align 4, !tbaa !6
  %280 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %279)
  %281 = load i32, ptr %210, align 4, !tbaa !6
  %282 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %281)
  %283 = load i32, ptr %211, align 4, !tbaa !6
  %284 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %283)
  %285 = load i32, ptr %212, align 4, !tbaa !6
  %286 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %285)
  %287 = load i32, ptr %213, align 4, !tbaa !6
  %288 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %287)
  %289 = load i32, ptr %214, align 4, !tbaa !6
  %290 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %289)
  %291 = load i32, ptr %215, align 4, !tbaa !6
  %292 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %291)
  %293 = load i32, ptr %216, align 4, !tbaa !6
  %294 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %293)
  %295 = load i32, ptr %217, align 4, !tbaa !6
  %296 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %295)
  %297 = load i32, ptr %218, align 4, !tbaa !6
  %298 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %297)
  %299 = tail call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %6) #24
  %300 = getelementptr inbounds i8, ptr %6, i64 8
  store i32 0, ptr %300, align 8, !tbaa !23
  %301 = getelementptr inbounds i8, ptr %6, i64 16
  store ptr null, ptr %301, align 8, !tbaa !29
  %302 = getelementptr inbounds i8, ptr %6, i64 24
  store ptr %300, ptr %302, align 8, !tbaa !30
  %303 = getelementptr inbounds i8, ptr %6, i64 32
  store ptr %300, ptr %303, align 8, !tbaa !31
  %304 = getelementptr inbounds i8, ptr %6, i64 40
  store i64 0, ptr %304, align 8, !tbaa !32
  %305 = getelementptr inbounds i8, ptr %7, i64 16
  %306 = getelementptr inbounds i8, ptr %7, i64 8
  br label %321

307:                                              ; preds = %33, %31
  %308 = landingpad { ptr, i32 }
          cleanup
  br label %1219

309:                                              ; preds = %90, %97
  %310 = landingpad { ptr, i32 }
          cleanup
  br label %1216

311:                                              ; preds = %202
  %312 = landingpad { ptr, i32 }
          cleanup
  br label %1216

313:                                              ; preds = %273, %266, %262, %257
  %314 = landingpad { ptr, i32 }
          cleanup
  br label %1214

315:                                              ; preds = %274
  %316 = landingpad { ptr, i32 }
          cleanup
  br label %1214

317:                                              ; preds = %353
  %318 = load ptr, ptr %302, align 8, !tbaa !30
  %319 = ptrtoint ptr %300 to i64
  %320 = icmp eq ptr %318, %300
  br i1 %320, label %369, label %375

321:                                              ; preds = %278, %353
  %322 = phi i64 [ 0, %278 ], [ %354, %353 ]
  %323 = getelementptr inbounds i8, ptr @__const.main.text, i64 %322
  %324 = load ptr, ptr %323, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %7) #24
  store ptr %305, ptr %7, align 8, !tbaa !34
  %325 = icmp eq ptr %324, null
  br i1 %325, label %326, label %328

326:                                              ; preds = %321
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #21
          to label %327 unwind label %358

327:                                              ; preds = %326
  unreachable

328:                                              ; preds = %321
  %329 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %324) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #24
  store i64 %329, ptr %5, align 8, !tbaa !36
  %330 = icmp ugt i64 %329, 15
  br i1 %330, label %331, label %335

331:                                              ; preds = %328
  %332 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %7, ptr noundef nonnull align 8 dereferenceable(8) %5, i64 noundef 0)
          to label %333 unwind label %356

333:                                              ; preds = %331
  store ptr %332, ptr %7, align 8, !tbaa !37
  %334 = load i64, ptr %5, align 8, !tbaa !36
  store i64 %334, ptr %305, align 8, !tbaa !39
  br label %335

335:                                              ; preds = %333, %328
  %336 = phi ptr [ %332, %333 ], [ %305, %328 ]
  switch i64 %329, label %339 [
    i64 1, label %337
    i64 0, label %340
  ]

337:                                              ; preds = %335
  %338 = load i8, ptr %324, align 1, !tbaa !39
  store i8 %338, ptr %336, align 1, !tbaa !39
  br label %340

339:                                              ; preds = %335
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %336, ptr nonnull align 1 %324, i64 %329, i1 false)
  br label %340

340:                                              ; preds = %339, %337, %335
  %341 = load i64, ptr %5, align 8, !tbaa !36
  store i64 %341, ptr %306, align 8, !tbaa !40
  %342 = load ptr, ptr %7, align 8, !tbaa !37
  %343 = getelementptr inbounds i8, ptr %342, i64 %341
  store i8 0, ptr %343, align 1, !tbaa !39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #24
  %344 = invoke noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %7)
          to label %345 unwind label %360

345:                                              ; preds = %340
  %346 = load i32, ptr %344, align 4, !tbaa !6
  %347 = add nsw i32 %346, 1
  store i32 %347, ptr %344, align 4, !tbaa !6
  %348 = load ptr, ptr %7, align 8, !tbaa !37
  %349 = icmp eq ptr %348, %305
  br i1 %349, label %353, label %350

350:                                              ; preds = %345
  %351 = load i64, ptr %305, align 8, !tbaa !39
  %352 = add i64 %351, 1
  call void @_ZdlPvm(ptr noundef %348, i64 noundef %352) #23
  br label %353

353:                                              ; preds = %345, %350
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  %354 = add nuw nsw i64 %322, 8
  %355 = icmp eq i64 %354, 88
  br i1 %355, label %317, label %321

356:                                              ; preds = %331
  %357 = landingpad { ptr, i32 }
          cleanup
  br label %367

358:                                              ; preds = %326
  %359 = landingpad { ptr, i32 }
          cleanup
  br label %367

360:                                              ; preds = %340
  %361 = landingpad { ptr, i32 }
          cleanup
  %362 = load ptr, ptr %7, align 8, !tbaa !37
  %363 = icmp eq ptr %362, %305
  br i1 %363, label %367, label %364

364:                                              ; preds = %360
  %365 = load i64, ptr %305, align 8, !tbaa !39
  %366 = add i64 %365, 1
  call void @_ZdlPvm(ptr noundef %362, i64 noundef %366) #23
  br label %367

367:                                              ; preds = %356, %358, %364, %360
  %368 = phi { ptr, i32 } [ %361, %360 ], [ %361, %364 ], [ %357, %356 ], [ %359, %358 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %7) #24
  br label %1212

369:                                              ; preds = %375, %317
  %370 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %8) #24
  %371 = getelementptr inbounds i8, ptr %8, i64 16
  store ptr %371, ptr %8, align 8, !tbaa !34
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(3) %371, ptr noundef nonnull align 1 dereferenceable(3) @.str.7, i64 3, i1 false)
  %372 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 3, ptr %372, align 8, !tbaa !40
  %373 = getelementptr inbounds i8, ptr %8, i64 19
  store i8 0, ptr %373, align 1, !tbaa !39
  %374 = invoke [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef nonnull align 8 dereferenceable(32) %8)
          to label %384 unwind label %563

375:                                              ; preds = %317, %375
  %376 = phi ptr [ %382, %375 ], [ %318, %317 ]
  %377 = getelementptr inbounds i8, ptr %376, i64 32
  %378 = getelementptr inbounds i8, ptr %376, i64 64
  %379 = load ptr, ptr %377, align 8, !tbaa !37
  %380 = load i32, ptr %378, align 4, !tbaa !6
  %381 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.13, ptr noundef %379, i32 noundef %380)
  %382 = call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef %376) #25
  %383 = icmp eq ptr %382, %300
  br i1 %383, label %369, label %375

384:                                              ; preds = %369
  %385 = extractvalue [2 x i64] %374, 0
  %386 = extractvalue [2 x i64] %374, 1
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %6, i64 %385, i64 %386)
          to label %387 unwind label %563

387:                                              ; preds = %384
  %388 = load ptr, ptr %8, align 8, !tbaa !37
  %389 = icmp eq ptr %388, %371
  br i1 %389, label %393, label %390

390:                                              ; preds = %387
  %391 = load i64, ptr %371, align 8, !tbaa !39
  %392 = add i64 %391, 1
  call void @_ZdlPvm(ptr noundef %388, i64 noundef %392) #23
  br label %393

393:                                              ; preds = %387, %390
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %9) #24
  %394 = getelementptr inbounds i8, ptr %9, i64 16
  store ptr %394, ptr %9, align 8, !tbaa !34
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(5) %394, ptr noundef nonnull align 1 dereferenceable(5) @.str.5, i64 5, i1 false)
  %395 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 5, ptr %395, align 8, !tbaa !40
  %396 = getelementptr inbounds i8, ptr %9, i64 21
  store i8 0, ptr %396, align 1, !tbaa !39
  %397 = load ptr, ptr %301, align 8, !tbaa !29
  %398 = icmp eq ptr %397, null
  br i1 %398, label %448, label %399

399:                                              ; preds = %393, %416
  %400 = phi ptr [ %422, %416 ], [ %397, %393 ]
  %401 = phi ptr [ %419, %416 ], [ %300, %393 ]
  %402 = getelementptr inbounds i8, ptr %400, i64 40
  %403 = load i64, ptr %402, align 8, !tbaa !40
  %404 = icmp eq i64 %403, 0
  br i1 %404, label %411, label %405

405:                                              ; preds = %399
  %406 = call i64 @llvm.umin.i64(i64 %403, i64 5)
  %407 = getelementptr inbounds i8, ptr %400, i64 32
  %408 = load ptr, ptr %407, align 8, !tbaa !37
  %409 = call i32 @memcmp(ptr noundef %408, ptr noundef nonnull %394, i64 noundef %406) #24
  %410 = icmp eq i32 %409, 0
  br i1 %410, label %411, label %416

411:                                              ; preds = %405, %399
  %412 = add i64 %403, -5
  %413 = call i64 @llvm.smax.i64(i64 %412, i64 -2147483648)
  %414 = call i64 @llvm.smin.i64(i64 %413, i64 2147483647)
  %415 = trunc nsw i64 %414 to i32
  br label %416

416:                                              ; preds = %411, %405
  %417 = phi i32 [ %409, %405 ], [ %415, %411 ]
  %418 = icmp slt i32 %417, 0
  %419 = select i1 %418, ptr %401, ptr %400
  %420 = select i1 %418, i64 24, i64 16
  %421 = getelementptr inbounds i8, ptr %400, i64 %420
  %422 = load ptr, ptr %421, align 8, !tbaa !33
  %423 = icmp eq ptr %422, null
  br i1 %423, label %424, label %399, !llvm.loop !41

424:                                              ; preds = %416
  %425 = ptrtoint ptr %419 to i64
  %426 = icmp eq ptr %419, %300
  br i1 %426, label %448, label %427

427:                                              ; preds = %424
  %428 = select i1 %418, ptr %401, ptr %400
  %429 = getelementptr inbounds i8, ptr %428, i64 40
  %430 = load i64, ptr %429, align 8, !tbaa !40
  %431 = icmp eq i64 %430, 0
  br i1 %431, label %439, label %432

432:                                              ; preds = %427
  %433 = call i64 @llvm.umin.i64(i64 %430, i64 5)
  %434 = select i1 %418, ptr %401, ptr %400
  %435 = getelementptr inbounds i8, ptr %434, i64 32
  %436 = load ptr, ptr %435, align 8, !tbaa !37
  %437 = call i32 @memcmp(ptr noundef nonnull %394, ptr noundef %436, i64 noundef %433) #24
  %438 = icmp eq i32 %437, 0
  br i1 %438, label %439, label %444

439:                                              ; preds = %432, %427
  %440 = sub i64 5, %430
  %441 = call i64 @llvm.smax.i64(i64 %440, i64 -2147483648)
  %442 = call i64 @llvm.smin.i64(i64 %441, i64 2147483647)
  %443 = trunc nsw i64 %442 to i32
  br label %444

444:                                              ; preds = %439, %432
  %445 = phi i32 [ %437, %432 ], [ %443, %439 ]
  %446 = icmp slt i32 %445, 0
  %447 = select i1 %446, i64 %319, i64 %425
  br label %448

448:                                              ; preds = %393, %424, %444
  %449 = phi i64 [ %319, %424 ], [ %447, %444 ], [ %319, %393 ]
  %450 = inttoptr i64 %449 to ptr
  %451 = load i64, ptr %304, align 8, !tbaa !32
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %9) #24
  %452 = icmp eq ptr %300, %450
  %453 = select i1 %452, ptr @.str.16, ptr @.str.15
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %10) #24
  %454 = getelementptr inbounds i8, ptr %10, i64 16
  store ptr %454, ptr %10, align 8, !tbaa !34
  store i8 108, ptr %454, align 8, !tbaa !39
  %455 = getelementptr inbounds i8, ptr %10, i64 8
  store i64 1, ptr %455, align 8, !tbaa !40
  %456 = getelementptr inbounds i8, ptr %10, i64 17
  store i8 0, ptr %456, align 1, !tbaa !39
  br i1 %398, label %482, label %457

457:                                              ; preds = %448, %474
  %458 = phi ptr [ %480, %474 ], [ %397, %448 ]
  %459 = phi ptr [ %477, %474 ], [ %300, %448 ]
  %460 = getelementptr inbounds i8, ptr %458, i64 40
  %461 = load i64, ptr %460, align 8, !tbaa !40
  %462 = icmp ne i64 %461, 0
  br i1 %462, label %463, label %469

463:                                              ; preds = %457
  %464 = zext i1 %462 to i64
  %465 = getelementptr inbounds i8, ptr %458, i64 32
  %466 = load ptr, ptr %465, align 8, !tbaa !37
  %467 = call i32 @memcmp(ptr noundef nonnull %454, ptr noundef %466, i64 noundef %464) #24
  %468 = icmp eq i32 %467, 0
  br i1 %468, label %469, label %474

469:                                              ; preds = %463, %457
  %470 = sub i64 1, %461
  %471 = call i64 @llvm.smax.i64(i64 %470, i64 -2147483648)
  %472 = call i64 @llvm.smin.i64(i64 %471, i64 2147483647)
  %473 = trunc nsw i64 %472 to i32
  br label %474

474:                                              ; preds = %469, %463
  %475 = phi i32 [ %467, %463 ], [ %473, %469 ]
  %476 = icmp slt i32 %475, 0
  %477 = select i1 %476, ptr %458, ptr %459
  %478 = select i1 %476, i64 16, i64 24
  %479 = getelementptr inbounds i8, ptr %458, i64 %478
  %480 = load ptr, ptr %479, align 8, !tbaa !33
  %481 = icmp eq ptr %480, null
  br i1 %481, label %482, label %457, !llvm.loop !42

482:                                              ; preds = %474, %448
  %483 = phi ptr [ %300, %448 ], [ %477, %474 ]
  %484 = getelementptr inbounds i8, ptr %483, i64 32
  %485 = load ptr, ptr %484, align 8, !tbaa !37
  %486 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.14, i64 noundef %451, ptr noundef nonnull %453, ptr noundef %485)
  %487 = load ptr, ptr %10, align 8, !tbaa !37
  %488 = icmp eq ptr %487, %454
  br i1 %488, label %492, label %489

489:                                              ; preds = %482
  %490 = load i64, ptr %454, align 8, !tbaa !39
  %491 = add i64 %490, 1
  call void @_ZdlPvm(ptr noundef %487, i64 noundef %491) #23
  br label %492

492:                                              ; preds = %482, %489
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %10) #24
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %11) #24
  invoke void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %11, i64 %22, i64 %21)
          to label %493 unwind label %571

493:                                              ; preds = %492
  %494 = getelementptr inbounds i8, ptr %11, i64 40
  %495 = load i64, ptr %494, align 8, !tbaa !32
  %496 = getelementptr inbounds i8, ptr %11, i64 16
  %497 = load ptr, ptr %496, align 8, !tbaa !29
  %498 = getelementptr inbounds i8, ptr %11, i64 8
  %499 = icmp eq ptr %497, null
  br i1 %499, label %519, label %500

500:                                              ; preds = %493, %500
  %501 = phi ptr [ %509, %500 ], [ %497, %493 ]
  %502 = phi ptr [ %506, %500 ], [ %498, %493 ]
  %503 = getelementptr inbounds i8, ptr %501, i64 32
  %504 = load i32, ptr %503, align 4, !tbaa !6
  %505 = icmp slt i32 %504, 42
  %506 = select i1 %505, ptr %502, ptr %501
  %507 = select i1 %505, i64 24, i64 16
  %508 = getelementptr inbounds i8, ptr %501, i64 %507
  %509 = load ptr, ptr %508, align 8, !tbaa !33
  %510 = icmp eq ptr %509, null
  br i1 %510, label %511, label %500, !llvm.loop !43

511:                                              ; preds = %500
  %512 = icmp eq ptr %506, %498
  br i1 %512, label %519, label %513

513:                                              ; preds = %511
  %514 = select i1 %505, ptr %502, ptr %501
  %515 = getelementptr inbounds i8, ptr %514, i64 32
  %516 = load i32, ptr %515, align 4, !tbaa !6
  %517 = icmp sgt i32 %516, 42
  %518 = select i1 %517, ptr %498, ptr %506
  br label %519

519:                                              ; preds = %513, %511, %493
  %520 = phi ptr [ %498, %511 ], [ %518, %513 ], [ %498, %493 ]
  %521 = icmp ne ptr %520, %498
  %522 = zext i1 %521 to i64
  %523 = getelementptr inbounds i8, ptr %11, i64 24
  %524 = load ptr, ptr %523, align 8, !tbaa !30
  %525 = getelementptr inbounds i8, ptr %524, i64 32
  %526 = load i32, ptr %525, align 4, !tbaa !6
  %527 = call noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef nonnull %498) #25
  %528 = getelementptr inbounds i8, ptr %527, i64 32
  %529 = load i32, ptr %528, align 4, !tbaa !6
  %530 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.18, i64 noundef %495, i64 noundef %522, i32 noundef %526, i32 noundef %529)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %12) #24
  %531 = getelementptr inbounds i8, ptr %12, i64 48
  store ptr %531, ptr %12, align 8, !tbaa !44
  %532 = getelementptr inbounds i8, ptr %12, i64 8
  store i64 1, ptr %532, align 8, !tbaa !49
  %533 = getelementptr inbounds i8, ptr %12, i64 16
  %534 = getelementptr inbounds i8, ptr %12, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %533, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %534, align 8, !tbaa !50
  %535 = getelementptr inbounds i8, ptr %12, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %535, i8 0, i64 16, i1 false)
  br i1 %25, label %833, label %573

536:                                              ; preds = %611
  %537 = load ptr, ptr %533, align 8, !tbaa !51
  %538 = icmp eq ptr %537, null
  br i1 %538, label %833, label %539

539:                                              ; preds = %536, %539
  %540 = phi i64 [ %543, %539 ], [ 0, %536 ]
  %541 = phi ptr [ %542, %539 ], [ %537, %536 ]
  %542 = load ptr, ptr %541, align 8, !tbaa !52
  %543 = add nuw nsw i64 %540, 1
  %544 = icmp eq ptr %542, null
  br i1 %544, label %545, label %539, !llvm.loop !53

545:                                              ; preds = %539
  %546 = icmp ugt i64 %540, 1152921504606846974
  br i1 %546, label %547, label %549

547:                                              ; preds = %545
  invoke void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.26) #21
          to label %548 unwind label %561

548:                                              ; preds = %547
  unreachable

549:                                              ; preds = %545
  %550 = shl nuw nsw i64 %543, 3
  %551 = invoke noalias noundef nonnull ptr @_Znwm(i64 noundef %550) #22
          to label %552 unwind label %561

552:                                              ; preds = %549, %552
  %553 = phi i64 [ %559, %552 ], [ 0, %549 ]
  %554 = phi ptr [ %558, %552 ], [ %537, %549 ]
  %555 = getelementptr inbounds i8, ptr %551, i64 %553
  %556 = getelementptr inbounds i8, ptr %554, i64 8
  %557 = load <2 x i32>, ptr %556, align 4, !tbaa !6
  store <2 x i32> %557, ptr %555, align 4, !tbaa !6
  %558 = load ptr, ptr %554, align 8, !tbaa !52
  %559 = add nuw nsw i64 %553, 8
  %560 = icmp eq ptr %558, null
  br i1 %560, label %620, label %552, !llvm.loop !54

561:                                              ; preds = %547, %549
  %562 = landingpad { ptr, i32 }
          cleanup
  br label %1208

563:                                              ; preds = %384, %369
  %564 = landingpad { ptr, i32 }
          cleanup
  %565 = load ptr, ptr %8, align 8, !tbaa !37
  %566 = icmp eq ptr %565, %371
  br i1 %566, label %570, label %567

567:                                              ; preds = %563
  %568 = load i64, ptr %371, align 8, !tbaa !39
  %569 = add i64 %568, 1
  call void @_ZdlPvm(ptr noundef %565, i64 noundef %569) #23
  br label %570

570:                                              ; preds = %567, %563
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %8) #24
  br label %1212

571:                                              ; preds = %492
  %572 = landingpad { ptr, i32 }
          cleanup
  br label %1210

573:                                              ; preds = %519, %611
  %574 = phi ptr [ %616, %611 ], [ %82, %519 ]
  %575 = load i32, ptr %574, align 4, !tbaa !6
  %576 = srem i32 %575, 37
  %577 = sext i32 %576 to i64
  %578 = load i64, ptr %532, align 8
  %579 = urem i64 %577, %578
  %580 = load ptr, ptr %12, align 8, !tbaa !44
  %581 = getelementptr inbounds ptr, ptr %580, i64 %579
  %582 = load ptr, ptr %581, align 8, !tbaa !33
  %583 = icmp eq ptr %582, null
  br i1 %583, label %601, label %584

584:                                              ; preds = %573
  %585 = load ptr, ptr %582, align 8, !tbaa !52
  %586 = getelementptr inbounds i8, ptr %585, i64 8
  %587 = load i32, ptr %586, align 4, !tbaa !6
  %588 = icmp eq i32 %576, %587
  br i1 %588, label %611, label %591

589:                                              ; preds = %595
  %590 = icmp eq i32 %576, %597
  br i1 %590, label %611, label %591, !llvm.loop !55

591:                                              ; preds = %584, %589
  %592 = phi ptr [ %593, %589 ], [ %585, %584 ]
  %593 = load ptr, ptr %592, align 8, !tbaa !52
  %594 = icmp eq ptr %593, null
  br i1 %594, label %601, label %595

595:                                              ; preds = %591
  %596 = getelementptr inbounds i8, ptr %593, i64 8
  %597 = load i32, ptr %596, align 4, !tbaa !6
  %598 = sext i32 %597 to i64
  %599 = urem i64 %598, %578
  %600 = icmp eq i64 %599, %579
  br i1 %600, label %589, label %601, !llvm.loop !55

601:                                              ; preds = %595, %591, %573
  %602 = invoke noalias noundef nonnull dereferenceable(16) ptr @_Znwm(i64 noundef 16) #22
          to label %603 unwind label %618

603:                                              ; preds = %601
  store ptr null, ptr %602, align 8, !tbaa !52
  %604 = getelementptr inbounds i8, ptr %602, i64 8
  store i32 %576, ptr %604, align 4, !tbaa !56
  %605 = getelementptr inbounds i8, ptr %602, i64 12
  store i32 0, ptr %605, align 4, !tbaa !58
  %606 = invoke i64 @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm(ptr noundef nonnull align 8 dereferenceable(56) %12, i64 noundef %579, i64 noundef %577, ptr noundef nonnull %602, i64 noundef 1)
          to label %607 unwind label %609

607:                                              ; preds = %603
  %608 = inttoptr i64 %606 to ptr
  br label %611

609:                                              ; preds = %603
  %610 = landingpad { ptr, i32 }
          cleanup
  call void @_ZdlPvm(ptr noundef nonnull %602, i64 noundef 16) #23
  br label %1208

611:                                              ; preds = %589, %607, %584
  %612 = phi ptr [ %608, %607 ], [ %585, %584 ], [ %593, %589 ]
  %613 = getelementptr inbounds i8, ptr %612, i64 12
  %614 = load i32, ptr %613, align 4, !tbaa !6
  %615 = add nsw i32 %614, 1
  store i32 %615, ptr %613, align 4, !tbaa !6
  %616 = getelementptr inbounds i8, ptr %574, i64 4
  %617 = icmp eq ptr %574, %81
  br i1 %617, label %536, label %573

618:                                              ; preds = %601
  %619 = landingpad { ptr, i32 }
          cleanup
  br label %1208

620:                                              ; preds = %552
  %621 = getelementptr inbounds i8, ptr %551, i64 %553
  %622 = getelementptr inbounds %"struct.std::pair.27", ptr %551, i64 %543
  %623 = getelementptr inbounds i8, ptr %551, i64 %559
  %624 = ptrtoint ptr %551 to i64
  %625 = ptrtoint ptr %623 to i64
  %626 = lshr exact i64 %559, 3
  %627 = call range(i64 0, 65) i64 @llvm.ctlz.i64(i64 %626, i1 true)
  %628 = shl nuw nsw i64 %627, 1
  %629 = sub nuw nsw i64 126, %628
  call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %624, i64 %625, i64 noundef %629, i64 0)
  %630 = icmp ugt i64 %553, 120
  br i1 %630, label %631, label %732

631:                                              ; preds = %620, %687
  %632 = phi i64 [ %690, %687 ], [ 8, %620 ]
  %633 = phi ptr [ %634, %687 ], [ %551, %620 ]
  %634 = getelementptr inbounds i8, ptr %551, i64 %632
  %635 = load i64, ptr %634, align 4
  %636 = load i64, ptr %551, align 4
  %637 = lshr i64 %635, 32
  %638 = lshr i64 %636, 32
  %639 = icmp eq i64 %637, %638
  %640 = trunc nuw i64 %638 to i32
  %641 = trunc nuw i64 %637 to i32
  %642 = icmp sgt i32 %641, %640
  %643 = trunc i64 %636 to i32
  %644 = trunc i64 %635 to i32
  %645 = icmp slt i32 %644, %643
  %646 = select i1 %639, i1 %645, i1 %642
  br i1 %646, label %647, label %662

647:                                              ; preds = %631
  %648 = lshr exact i64 %632, 3
  %649 = getelementptr inbounds i8, ptr %633, i64 16
  br label %650

650:                                              ; preds = %650, %647
  %651 = phi i64 [ %660, %650 ], [ %648, %647 ]
  %652 = phi ptr [ %655, %650 ], [ %649, %647 ]
  %653 = phi ptr [ %654, %650 ], [ %634, %647 ]
  %654 = getelementptr inbounds i8, ptr %653, i64 -8
  %655 = getelementptr inbounds i8, ptr %652, i64 -8
  %656 = load i32, ptr %654, align 4, !tbaa !6
  store i32 %656, ptr %655, align 4, !tbaa !59
  %657 = getelementptr inbounds i8, ptr %653, i64 -4
  %658 = load i32, ptr %657, align 4, !tbaa !6
  %659 = getelementptr inbounds i8, ptr %652, i64 -4
  store i32 %658, ptr %659, align 4, !tbaa !61
  %660 = add nsw i64 %651, -1
  %661 = icmp ugt i64 %651, 1
  br i1 %661, label %650, label %687, !llvm.loop !62

662:                                              ; preds = %631
  %663 = load i64, ptr %633, align 4
  %664 = lshr i64 %663, 32
  %665 = icmp eq i64 %637, %664
  %666 = trunc nuw i64 %664 to i32
  %667 = icmp sgt i32 %641, %666
  %668 = trunc i64 %663 to i32
  %669 = icmp slt i32 %644, %668
  %670 = select i1 %665, i1 %669, i1 %667
  br i1 %670, label %671, label %687

671:                                              ; preds = %662, %671
  %672 = phi i32 [ %684, %671 ], [ %668, %662 ]
  %673 = phi ptr [ %678, %671 ], [ %633, %662 ]
  %674 = phi ptr [ %673, %671 ], [ %634, %662 ]
  store i32 %672, ptr %674, align 4, !tbaa !59
  %675 = getelementptr inbounds i8, ptr %674, i64 -4
  %676 = load i32, ptr %675, align 4, !tbaa !6
  %677 = getelementptr inbounds i8, ptr %674, i64 4
  store i32 %676, ptr %677, align 4, !tbaa !61
  %678 = getelementptr inbounds i8, ptr %673, i64 -8
  %679 = load i64, ptr %678, align 4
  %680 = lshr i64 %679, 32
  %681 = icmp eq i64 %637, %680
  %682 = trunc nuw i64 %680 to i32
  %683 = icmp sgt i32 %641, %682
  %684 = trunc i64 %679 to i32
  %685 = icmp slt i32 %644, %684
  %686 = select i1 %681, i1 %685, i1 %683
  br i1 %686, label %671, label %687, !llvm.loop !63

687:                                              ; preds = %671, %650, %662
  %688 = phi ptr [ %634, %662 ], [ %551, %650 ], [ %673, %671 ]
  store i32 %644, ptr %688, align 4, !tbaa !59
  %689 = getelementptr inbounds i8, ptr %688, i64 4
  store i32 %641, ptr %689, align 4, !tbaa !61
  %690 = add nuw nsw i64 %632, 8
  %691 = icmp eq i64 %690, 128
  br i1 %691, label %692, label %631, !llvm.loop !64

692:                                              ; preds = %687
  %693 = icmp eq i64 %559, 128
  br i1 %693, label %833, label %694

694:                                              ; preds = %692
  %695 = getelementptr inbounds i8, ptr %551, i64 128
  br label %696

696:                                              ; preds = %694, %727
  %697 = phi ptr [ %730, %727 ], [ %695, %694 ]
  %698 = load i64, ptr %697, align 4
  %699 = lshr i64 %698, 32
  %700 = trunc nuw i64 %699 to i32
  %701 = trunc i64 %698 to i32
  %702 = getelementptr inbounds i8, ptr %697, i64 -8
  %703 = load i64, ptr %702, align 4
  %704 = lshr i64 %703, 32
  %705 = icmp eq i64 %699, %704
  %706 = trunc nuw i64 %704 to i32
  %707 = icmp sgt i32 %700, %706
  %708 = trunc i64 %703 to i32
  %709 = icmp slt i32 %701, %708
  %710 = select i1 %705, i1 %709, i1 %707
  br i1 %710, label %711, label %727

711:                                              ; preds = %696, %711
  %712 = phi i32 [ %724, %711 ], [ %708, %696 ]
  %713 = phi ptr [ %718, %711 ], [ %702, %696 ]
  %714 = phi ptr [ %713, %711 ], [ %697, %696 ]
  store i32 %712, ptr %714, align 4, !tbaa !59
  %715 = getelementptr inbounds i8, ptr %714, i64 -4
  %716 = load i32, ptr %715, align 4, !tbaa !6
  %717 = getelementptr inbounds i8, ptr %714, i64 4
  store i32 %716, ptr %717, align 4, !tbaa !61
  %718 = getelementptr inbounds i8, ptr %713, i64 -8
  %719 = load i64, ptr %718, align 4
  %720 = lshr i64 %719, 32
  %721 = icmp eq i64 %699, %720
  %722 = trunc nuw i64 %720 to i32
  %723 = icmp sgt i32 %700, %722
  %724 = trunc i64 %719 to i32
  %725 = icmp slt i32 %701, %724
  %726 = select i1 %721, i1 %725, i1 %723
  br i1 %726, label %711, label %727, !llvm.loop !63

727:                                              ; preds = %711, %696
  %728 = phi ptr [ %697, %696 ], [ %713, %711 ]
  store i32 %701, ptr %728, align 4, !tbaa !59
  %729 = getelementptr inbounds i8, ptr %728, i64 4
  store i32 %700, ptr %729, align 4, !tbaa !61
  %730 = getelementptr inbounds i8, ptr %697, i64 8
  %731 = icmp eq ptr %730, %623
  br i1 %731, label %833, label %696, !llvm.loop !65

732:                                              ; preds = %620
  %733 = icmp eq i64 %553, 0
  br i1 %733, label %833, label %734

734:                                              ; preds = %732, %829
  %735 = phi ptr [ %736, %829 ], [ %551, %732 ]
  %736 = getelementptr inbounds i8, ptr %735, i64 8
  %737 = load i64, ptr %736, align 4
  %738 = load i64, ptr %551, align 4
  %739 = lshr i64 %737, 32
  %740 = lshr i64 %738, 32
  %741 = icmp eq i64 %739, %740
  %742 = trunc nuw i64 %740 to i32
  %743 = trunc nuw i64 %739 to i32
  %744 = icmp sgt i32 %743, %742
  %745 = trunc i64 %738 to i32
  %746 = trunc i64 %737 to i32
  %747 = icmp slt i32 %746, %745
  %748 = select i1 %741, i1 %747, i1 %744
  br i1 %748, label %749, label %804

749:                                              ; preds = %734
  %750 = ptrtoint ptr %736 to i64
  %751 = sub i64 %750, %624
  %752 = ashr exact i64 %751, 3
  %753 = icmp sgt i64 %752, 0
  br i1 %753, label %754, label %829

754:                                              ; preds = %749
  %755 = getelementptr inbounds i8, ptr %735, i64 16
  %756 = icmp ult i64 %752, 4
  br i1 %756, label %777, label %757

757:                                              ; preds = %754
  %758 = and i64 %752, 9223372036854775804
  %759 = and i64 %752, 3
  %760 = mul i64 %758, -8
  %761 = getelementptr i8, ptr %755, i64 %760
  %762 = mul i64 %758, -8
  %763 = getelementptr i8, ptr %736, i64 %762
  %764 = getelementptr i8, ptr %736, i64 -32
  %765 = getelementptr i8, ptr %755, i64 -32
  br label %766

766:                                              ; preds = %766, %757
  %767 = phi i64 [ 0, %757 ], [ %773, %766 ]
  %768 = mul i64 %767, -8
  %769 = mul i64 %767, -8
  %770 = getelementptr i8, ptr %764, i64 %769
  %771 = load <8 x i32>, ptr %770, align 4, !tbaa !6
  %772 = getelementptr i8, ptr %765, i64 %768
  store <8 x i32> %771, ptr %772, align 4, !tbaa !6
  %773 = add nuw i64 %767, 4
  %774 = icmp eq i64 %773, %758
  br i1 %774, label %775, label %766, !llvm.loop !66

775:                                              ; preds = %766
  %776 = icmp eq i64 %752, %758
  br i1 %776, label %829, label %777

777:                                              ; preds = %754, %775
  %778 = phi i64 [ %752, %754 ], [ %759, %775 ]
  %779 = phi ptr [ %755, %754 ], [ %761, %775 ]
  %780 = phi ptr [ %736, %754 ], [ %763, %775 ]
  %781 = getelementptr inbounds i8, ptr %780, i64 -8
  %782 = getelementptr inbounds i8, ptr %779, i64 -8
  %783 = load i32, ptr %781, align 4, !tbaa !6
  store i32 %783, ptr %782, align 4, !tbaa !59
  %784 = getelementptr inbounds i8, ptr %780, i64 -4
  %785 = load i32, ptr %784, align 4, !tbaa !6
  %786 = getelementptr inbounds i8, ptr %779, i64 -4
  store i32 %785, ptr %786, align 4, !tbaa !61
  %787 = icmp ugt i64 %778, 1
  br i1 %787, label %788, label %829, !llvm.loop !67

788:                                              ; preds = %777
  %789 = getelementptr inbounds i8, ptr %780, i64 -16
  %790 = getelementptr inbounds i8, ptr %779, i64 -16
  %791 = load i32, ptr %789, align 4, !tbaa !6
  store i32 %791, ptr %790, align 4, !tbaa !59
  %792 = getelementptr inbounds i8, ptr %780, i64 -12
  %793 = load i32, ptr %792, align 4, !tbaa !6
  %794 = getelementptr inbounds i8, ptr %779, i64 -12
  store i32 %793, ptr %794, align 4, !tbaa !61
  %795 = add nsw i64 %778, -3
  %796 = icmp ult i64 %795, -2
  br i1 %796, label %797, label %829, !llvm.loop !67

797:                                              ; preds = %788
  %798 = getelementptr inbounds i8, ptr %780, i64 -24
  %799 = getelementptr inbounds i8, ptr %779, i64 -24
  %800 = load i32, ptr %798, align 4, !tbaa !6
  store i32 %800, ptr %799, align 4, !tbaa !59
  %801 = getelementptr inbounds i8, ptr %780, i64 -20
  %802 = load i32, ptr %801, align 4, !tbaa !6
  %803 = getelementptr inbounds i8, ptr %779, i64 -20
  store i32 %802, ptr %803, align 4, !tbaa !61
  br label %829

804:                                              ; preds = %734
  %805 = load i64, ptr %735, align 4
  %806 = lshr i64 %805, 32
  %807 = icmp eq i64 %739, %806
  %808 = trunc nuw i64 %806 to i32
  %809 = icmp sgt i32 %743, %808
  %810 = trunc i64 %805 to i32
  %811 = icmp slt i32 %746, %810
  %812 = select i1 %807, i1 %811, i1 %809
  br i1 %812, label %813, label %829

813:                                              ; preds = %804, %813
  %814 = phi i32 [ %826, %813 ], [ %810, %804 ]
  %815 = phi ptr [ %820, %813 ], [ %735, %804 ]
  %816 = phi ptr [ %815, %813 ], [ %736, %804 ]
  store i32 %814, ptr %816, align 4, !tbaa !59
  %817 = getelementptr inbounds i8, ptr %816, i64 -4
  %818 = load i32, ptr %817, align 4, !tbaa !6
  %819 = getelementptr inbounds i8, ptr %816, i64 4
  store i32 %818, ptr %819, align 4, !tbaa !61
  %820 = getelementptr inbounds i8, ptr %815, i64 -8
  %821 = load i64, ptr %820, align 4
  %822 = lshr i64 %821, 32
  %823 = icmp eq i64 %739, %822
  %824 = trunc nuw i64 %822 to i32
  %825 = icmp sgt i32 %743, %824
  %826 = trunc i64 %821 to i32
  %827 = icmp slt i32 %746, %826
  %828 = select i1 %823, i1 %827, i1 %825
  br i1 %828, label %813, label %829, !llvm.loop !63

829:                                              ; preds = %813, %777, %788, %797, %775, %804, %749
  %830 = phi ptr [ %551, %749 ], [ %736, %804 ], [ %551, %775 ], [ %551, %797 ], [ %551, %788 ], [ %551, %777 ], [ %815, %813 ]
  store i32 %746, ptr %830, align 4, !tbaa !59
  %831 = getelementptr inbounds i8, ptr %830, i64 4
  store i32 %743, ptr %831, align 4, !tbaa !61
  %832 = icmp eq ptr %736, %621
  br i1 %832, label %833, label %734, !llvm.loop !64

833:                                              ; preds = %829, %727, %519, %536, %732, %692
  %834 = phi i64 [ %624, %692 ], [ %624, %732 ], [ 0, %536 ], [ 0, %519 ], [ %624, %727 ], [ %624, %829 ]
  %835 = phi ptr [ %622, %692 ], [ %622, %732 ], [ null, %536 ], [ null, %519 ], [ %622, %727 ], [ %622, %829 ]
  %836 = phi ptr [ %551, %692 ], [ %551, %732 ], [ null, %536 ], [ null, %519 ], [ %551, %727 ], [ %551, %829 ]
  %837 = load i64, ptr %532, align 8, !tbaa !49
  %838 = icmp ne i64 %837, 0
  %839 = zext i1 %838 to i64
  %840 = getelementptr inbounds i8, ptr %12, i64 24
  %841 = load i64, ptr %840, align 8, !tbaa !68
  %842 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.19, i64 noundef %839, i64 noundef %841)
  %843 = load i32, ptr %836, align 4, !tbaa !59
  %844 = getelementptr inbounds i8, ptr %836, i64 4
  %845 = load i32, ptr %844, align 4, !tbaa !61
  %846 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %843, i32 noundef %845)
  %847 = getelementptr inbounds i8, ptr %836, i64 8
  %848 = load i32, ptr %847, align 4, !tbaa !59
  %849 = getelementptr inbounds i8, ptr %836, i64 12
  %850 = load i32, ptr %849, align 4, !tbaa !61
  %851 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %848, i32 noundef %850)
  %852 = getelementptr inbounds i8, ptr %836, i64 16
  %853 = load i32, ptr %852, align 4, !tbaa !59
  %854 = getelementptr inbounds i8, ptr %836, i64 20
  %855 = load i32, ptr %854, align 4, !tbaa !61
  %856 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.20, i32 noundef %853, i32 noundef %855)
  %857 = call i32 @putchar(i32 10)
  call void @llvm.lifetime.start.p0(i64 56, ptr nonnull %13) #24
  %858 = getelementptr inbounds i8, ptr %13, i64 48
  store ptr %858, ptr %13, align 8, !tbaa !69
  %859 = getelementptr inbounds i8, ptr %13, i64 8
  store i64 1, ptr %859, align 8, !tbaa !71
  %860 = getelementptr inbounds i8, ptr %13, i64 16
  %861 = getelementptr inbounds i8, ptr %13, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %860, i8 0, i64 16, i1 false)
  store float 1.000000e+00, ptr %861, align 8, !tbaa !50
  %862 = getelementptr inbounds i8, ptr %13, i64 40
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %862, i8 0, i64 16, i1 false)
  %863 = getelementptr inbounds i8, ptr %14, i64 16
  %864 = getelementptr inbounds i8, ptr %14, i64 8
  br label %869

865:                                              ; preds = %905
  %866 = getelementptr inbounds i8, ptr %13, i64 24
  %867 = load i64, ptr %866, align 8, !tbaa !72
  %868 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.21, i64 noundef %867, i32 noundef %899)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %15) #24
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(80) %15, i8 0, i64 80, i1 false)
  invoke void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %15, i64 noundef 0)
          to label %921 unwind label %937

869:                                              ; preds = %833, %905
  %870 = phi i32 [ 0, %833 ], [ %899, %905 ]
  %871 = phi i64 [ 0, %833 ], [ %906, %905 ]
  %872 = getelementptr inbounds i8, ptr @__const.main.text, i64 %871
  %873 = load ptr, ptr %872, align 8, !tbaa !33
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %14) #24
  store ptr %863, ptr %14, align 8, !tbaa !34
  %874 = icmp eq ptr %873, null
  br i1 %874, label %875, label %877

875:                                              ; preds = %869
  invoke void @_ZSt19__throw_logic_errorPKc(ptr noundef nonnull @.str.27) #21
          to label %876 unwind label %910

876:                                              ; preds = %875
  unreachable

877:                                              ; preds = %869
  %878 = call noundef i64 @strlen(ptr noundef nonnull dereferenceable(1) %873) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %4) #24
  store i64 %878, ptr %4, align 8, !tbaa !36
  %879 = icmp ugt i64 %878, 15
  br i1 %879, label %880, label %884

880:                                              ; preds = %877
  %881 = invoke noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(8) %4, i64 noundef 0)
          to label %882 unwind label %908

882:                                              ; preds = %880
  store ptr %881, ptr %14, align 8, !tbaa !37
  %883 = load i64, ptr %4, align 8, !tbaa !36
  store i64 %883, ptr %863, align 8, !tbaa !39
  br label %884

884:                                              ; preds = %882, %877
  %885 = phi ptr [ %881, %882 ], [ %863, %877 ]
  switch i64 %878, label %888 [
    i64 1, label %886
    i64 0, label %889
  ]

886:                                              ; preds = %884
  %887 = load i8, ptr %873, align 1, !tbaa !39
  store i8 %887, ptr %885, align 1, !tbaa !39
  br label %889

888:                                              ; preds = %884
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %885, ptr nonnull align 1 %873, i64 %878, i1 false)
  br label %889

889:                                              ; preds = %888, %886, %884
  %890 = load i64, ptr %4, align 8, !tbaa !36
  store i64 %890, ptr %864, align 8, !tbaa !40
  %891 = load ptr, ptr %14, align 8, !tbaa !37
  %892 = getelementptr inbounds i8, ptr %891, i64 %890
  store i8 0, ptr %892, align 1, !tbaa !39
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %4) #24
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store ptr %13, ptr %3, align 8, !tbaa !33
  %893 = invoke [2 x i64] @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %13, ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(32) %14, ptr noundef nonnull align 8 dereferenceable(8) %3)
          to label %894 unwind label %912

894:                                              ; preds = %889
  %895 = extractvalue [2 x i64] %893, 1
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  %896 = trunc i64 %895 to i32
  %897 = and i32 %896, 1
  %898 = xor i32 %897, 1
  %899 = add nuw nsw i32 %898, %870
  %900 = load ptr, ptr %14, align 8, !tbaa !37
  %901 = icmp eq ptr %900, %863
  br i1 %901, label %905, label %902

902:                                              ; preds = %894
  %903 = load i64, ptr %863, align 8, !tbaa !39
  %904 = add i64 %903, 1
  call void @_ZdlPvm(ptr noundef %900, i64 noundef %904) #23
  br label %905

905:                                              ; preds = %894, %902
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  %906 = add nuw nsw i64 %871, 8
  %907 = icmp eq i64 %906, 88
  br i1 %907, label %865, label %869

908:                                              ; preds = %880
  %909 = landingpad { ptr, i32 }
          cleanup
  br label %919

910:                                              ; preds = %875
  %911 = landingpad { ptr, i32 }
          cleanup
  br label %919

912:                                              ; preds = %889
  %913 = landingpad { ptr, i32 }
          cleanup
  %914 = load ptr, ptr %14, align 8, !tbaa !37
  %915 = icmp eq ptr %914, %863
  br i1 %915, label %919, label %916

916:                                              ; preds = %912
  %917 = load i64, ptr %863, align 8, !tbaa !39
  %918 = add i64 %917, 1
  call void @_ZdlPvm(ptr noundef %914, i64 noundef %918) #23
  br label %919

919:                                              ; preds = %908, %910, %916, %912
  %920 = phi { ptr, i32 } [ %913, %912 ], [ %913, %916 ], [ %909, %908 ], [ %911, %910 ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %14) #24
  br label %1204

921:                                              ; preds = %865
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %16) #24
  store i32 0, ptr %16, align 4, !tbaa !6
  %922 = getelementptr inbounds i8, ptr %15, i64 16
  %923 = getelementptr inbounds i8, ptr %15, i64 24
  %924 = getelementptr inbounds i8, ptr %15, i64 48
  %925 = getelementptr inbounds i8, ptr %15, i64 64
  br label %939

926:                                              ; preds = %960
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %16) #24
  %927 = load ptr, ptr %922, align 8, !tbaa !73, !noalias !75
  %928 = getelementptr inbounds i8, ptr %15, i64 40
  %929 = load ptr, ptr %924, align 8, !tbaa !73, !noalias !75
  %930 = getelementptr inbounds i8, ptr %15, i64 56
  %931 = getelementptr inbounds i8, ptr %15, i64 72
  %932 = icmp eq ptr %927, %929
  br i1 %932, label %967, label %933

933:                                              ; preds = %926
  %934 = load ptr, ptr %928, align 8, !tbaa !76, !noalias !77
  %935 = getelementptr inbounds i8, ptr %15, i64 32
  %936 = load ptr, ptr %935, align 8, !tbaa !80, !noalias !77
  br label %1004

937:                                              ; preds = %865
  %938 = landingpad { ptr, i32 }
          cleanup
  br label %1202

939:                                              ; preds = %921, %960
  %940 = phi i32 [ 0, %921 ], [ %962, %960 ]
  %941 = and i32 %940, 1
  %942 = icmp eq i32 %941, 0
  br i1 %942, label %952, label %943

943:                                              ; preds = %939
  %944 = load ptr, ptr %922, align 8, !tbaa !81
  %945 = load ptr, ptr %923, align 8, !tbaa !83
  %946 = icmp eq ptr %944, %945
  br i1 %946, label %949, label %947

947:                                              ; preds = %943
  %948 = getelementptr inbounds i8, ptr %944, i64 -4
  store i32 %940, ptr %948, align 4, !tbaa !6
  store ptr %948, ptr %922, align 8, !tbaa !81
  br label %960

949:                                              ; preds = %943
  invoke void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %15, ptr noundef nonnull align 4 dereferenceable(4) %16)
          to label %960 unwind label %950

950:                                              ; preds = %959, %949
  %951 = landingpad { ptr, i32 }
          cleanup
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %16) #24
  br label %1200

952:                                              ; preds = %939
  %953 = load ptr, ptr %924, align 8, !tbaa !84
  %954 = load ptr, ptr %925, align 8, !tbaa !85
  %955 = getelementptr inbounds i8, ptr %954, i64 -4
  %956 = icmp eq ptr %953, %955
  br i1 %956, label %959, label %957

957:                                              ; preds = %952
  store i32 %940, ptr %953, align 4, !tbaa !6
  %958 = getelementptr inbounds i8, ptr %953, i64 4
  store ptr %958, ptr %924, align 8, !tbaa !84
  br label %960

959:                                              ; preds = %952
  invoke void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %15, ptr noundef nonnull align 4 dereferenceable(4) %16)
          to label %960 unwind label %950

960:                                              ; preds = %957, %959, %947, %949
  %961 = load i32, ptr %16, align 4, !tbaa !6
  %962 = add nsw i32 %961, 1
  store i32 %962, ptr %16, align 4, !tbaa !6
  %963 = icmp slt i32 %961, 9
  br i1 %963, label %939, label %926, !llvm.loop !86

964:                                              ; preds = %1016
  %965 = load ptr, ptr %922, align 8, !tbaa !73, !noalias !87
  %966 = load ptr, ptr %924, align 8, !tbaa !73, !noalias !90
  br label %967

967:                                              ; preds = %964, %926
  %968 = phi ptr [ %966, %964 ], [ %929, %926 ]
  %969 = phi ptr [ %965, %964 ], [ %927, %926 ]
  %970 = load i32, ptr %969, align 4, !tbaa !6
  %971 = load ptr, ptr %930, align 8, !tbaa !93, !noalias !90
  %972 = icmp eq ptr %968, %971
  br i1 %972, label %973, label %978

973:                                              ; preds = %967
  %974 = load ptr, ptr %931, align 8, !tbaa !76, !noalias !90
  %975 = getelementptr inbounds i8, ptr %974, i64 -8
  %976 = load ptr, ptr %975, align 8, !tbaa !33
  %977 = getelementptr inbounds i8, ptr %976, i64 512
  br label %978

978:                                              ; preds = %967, %973
  %979 = phi ptr [ %977, %973 ], [ %968, %967 ]
  %980 = getelementptr inbounds i8, ptr %979, i64 -4
  %981 = load i32, ptr %980, align 4, !tbaa !6
  %982 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.22, i32 noundef %970, i32 noundef %981)
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %17) #24
  %983 = getelementptr inbounds i8, ptr %17, i64 8
  store ptr %17, ptr %983, align 8, !tbaa !94
  store ptr %17, ptr %17, align 8, !tbaa !96
  %984 = getelementptr inbounds i8, ptr %17, i64 16
  store i64 0, ptr %984, align 8, !tbaa !97
  br label %985

985:                                              ; preds = %978, %988
  %986 = phi i64 [ %994, %988 ], [ 0, %978 ]
  %987 = invoke noalias noundef nonnull dereferenceable(24) ptr @_Znwm(i64 noundef 24) #22
          to label %988 unwind label %996

988:                                              ; preds = %985
  %989 = getelementptr inbounds i8, ptr %82, i64 %986
  %990 = getelementptr inbounds i8, ptr %987, i64 16
  %991 = load i32, ptr %989, align 4, !tbaa !6
  store i32 %991, ptr %990, align 4, !tbaa !6
  call void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16) %987, ptr noundef nonnull %17) #24
  %992 = load i64, ptr %984, align 8, !tbaa !99
  %993 = add i64 %992, 1
  store i64 %993, ptr %984, align 8, !tbaa !99
  %994 = add nuw nsw i64 %986, 4
  %995 = icmp eq i64 %994, 80
  br i1 %995, label %1021, label %985, !llvm.loop !102

996:                                              ; preds = %985
  %997 = landingpad { ptr, i32 }
          cleanup
  %998 = load ptr, ptr %17, align 8, !tbaa !96
  %999 = icmp eq ptr %998, %17
  br i1 %999, label %1198, label %1000

1000:                                             ; preds = %996, %1000
  %1001 = phi ptr [ %1002, %1000 ], [ %998, %996 ]
  %1002 = load ptr, ptr %1001, align 8, !tbaa !96
  call void @_ZdlPvm(ptr noundef %1001, i64 noundef 24) #23
  %1003 = icmp eq ptr %1002, %17
  br i1 %1003, label %1198, label %1000, !llvm.loop !103

1004:                                             ; preds = %933, %1016
  %1005 = phi ptr [ %1019, %1016 ], [ %927, %933 ]
  %1006 = phi ptr [ %1018, %1016 ], [ %936, %933 ]
  %1007 = phi ptr [ %1017, %1016 ], [ %934, %933 ]
  %1008 = load i32, ptr %1005, align 4, !tbaa !6
  %1009 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.2, i32 noundef %1008)
  %1010 = getelementptr inbounds i8, ptr %1005, i64 4
  %1011 = icmp eq ptr %1010, %1006
  br i1 %1011, label %1012, label %1016

1012:                                             ; preds = %1004
  %1013 = getelementptr inbounds i8, ptr %1007, i64 8
  %1014 = load ptr, ptr %1013, align 8, !tbaa !33
  %1015 = getelementptr inbounds i8, ptr %1014, i64 512
  br label %1016

1016:                                             ; preds = %1004, %1012
  %1017 = phi ptr [ %1013, %1012 ], [ %1007, %1004 ]
  %1018 = phi ptr [ %1015, %1012 ], [ %1006, %1004 ]
  %1019 = phi ptr [ %1014, %1012 ], [ %1010, %1004 ]
  %1020 = icmp eq ptr %1019, %929
  br i1 %1020, label %964, label %1004

1021:                                             ; preds = %988
  invoke void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %17)
          to label %1022 unwind label %1183

1022:                                             ; preds = %1021
  %1023 = load ptr, ptr %17, align 8, !tbaa !96
  %1024 = icmp eq ptr %1023, %17
  br i1 %1024, label %1062, label %1025

1025:                                             ; preds = %1022
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %2) #24
  %1026 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %1026, align 8, !tbaa !94
  store ptr %2, ptr %2, align 8, !tbaa !96
  %1027 = getelementptr inbounds i8, ptr %2, i64 16
  store i64 0, ptr %1027, align 8, !tbaa !97
  %1028 = load ptr, ptr %1023, align 8, !tbaa !96
  %1029 = icmp eq ptr %1028, %17
  br i1 %1029, label %1060, label %1030

1030:                                             ; preds = %1025, %1049
  %1031 = phi ptr [ %1051, %1049 ], [ %1028, %1025 ]
  %1032 = phi ptr [ %1050, %1049 ], [ %1023, %1025 ]
  %1033 = getelementptr inbounds i8, ptr %1032, i64 16
  %1034 = load i32, ptr %1033, align 4, !tbaa !6
  %1035 = getelementptr inbounds i8, ptr %1031, i64 16
  %1036 = load i32, ptr %1035, align 4, !tbaa !6
  %1037 = icmp eq i32 %1034, %1036
  br i1 %1037, label %1038, label %1049

1038:                                             ; preds = %1030
  %1039 = load ptr, ptr %2, align 8, !tbaa !96
  %1040 = load ptr, ptr %1031, align 8, !tbaa !96
  %1041 = icmp eq ptr %1039, %1031
  %1042 = icmp eq ptr %1040, %1039
  %1043 = select i1 %1041, i1 true, i1 %1042
  br i1 %1043, label %1049, label %1044

1044:                                             ; preds = %1038
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %1039, ptr noundef nonnull %1031, ptr noundef %1040) #24
  %1045 = load i64, ptr %1027, align 8, !tbaa !99
  %1046 = add i64 %1045, 1
  store i64 %1046, ptr %1027, align 8, !tbaa !99
  %1047 = load i64, ptr %984, align 8, !tbaa !99
  %1048 = add i64 %1047, -1
  store i64 %1048, ptr %984, align 8, !tbaa !99
  br label %1049

1049:                                             ; preds = %1044, %1038, %1030
  %1050 = phi ptr [ %1032, %1038 ], [ %1032, %1044 ], [ %1031, %1030 ]
  %1051 = load ptr, ptr %1050, align 8, !tbaa !96
  %1052 = icmp eq ptr %1051, %17
  br i1 %1052, label %1053, label %1030, !llvm.loop !104

1053:                                             ; preds = %1049
  %1054 = load ptr, ptr %2, align 8, !tbaa !96
  %1055 = icmp eq ptr %1054, %2
  br i1 %1055, label %1060, label %1056

1056:                                             ; preds = %1053, %1056
  %1057 = phi ptr [ %1058, %1056 ], [ %1054, %1053 ]
  %1058 = load ptr, ptr %1057, align 8, !tbaa !96
  call void @_ZdlPvm(ptr noundef %1057, i64 noundef 24) #23
  %1059 = icmp eq ptr %1058, %2
  br i1 %1059, label %1060, label %1056, !llvm.loop !103

1060:                                             ; preds = %1056, %1053, %1025
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %2) #24
  %1061 = load ptr, ptr %17, align 8, !tbaa !96
  br label %1062

1062:                                             ; preds = %1022, %1060
  %1063 = phi ptr [ %1023, %1022 ], [ %1061, %1060 ]
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %1) #24
  %1064 = getelementptr inbounds i8, ptr %1, i64 8
  store ptr %1, ptr %1064, align 8, !tbaa !94
  store ptr %1, ptr %1, align 8, !tbaa !96
  %1065 = getelementptr inbounds i8, ptr %1, i64 16
  store i64 0, ptr %1065, align 8, !tbaa !97
  %1066 = icmp eq ptr %1063, %17
  br i1 %1066, label %1092, label %1067

1067:                                             ; preds = %1062, %1083
  %1068 = phi ptr [ %1069, %1083 ], [ %1063, %1062 ]
  %1069 = load ptr, ptr %1068, align 8, !tbaa !96
  %1070 = getelementptr inbounds i8, ptr %1068, i64 16
  %1071 = load i32, ptr %1070, align 4, !tbaa !6
  %1072 = icmp sgt i32 %1071, 400
  br i1 %1072, label %1073, label %1083

1073:                                             ; preds = %1067
  %1074 = load ptr, ptr %1, align 8, !tbaa !96
  %1075 = icmp eq ptr %1074, %1068
  %1076 = icmp eq ptr %1069, %1074
  %1077 = select i1 %1075, i1 true, i1 %1076
  br i1 %1077, label %1083, label %1078

1078:                                             ; preds = %1073
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %1074, ptr noundef nonnull %1068, ptr noundef %1069) #24
  %1079 = load i64, ptr %1065, align 8, !tbaa !99
  %1080 = add i64 %1079, 1
  store i64 %1080, ptr %1065, align 8, !tbaa !99
  %1081 = load i64, ptr %984, align 8, !tbaa !99
  %1082 = add i64 %1081, -1
  store i64 %1082, ptr %984, align 8, !tbaa !99
  br label %1083

1083:                                             ; preds = %1078, %1073, %1067
  %1084 = icmp eq ptr %1069, %17
  br i1 %1084, label %1085, label %1067, !llvm.loop !105

1085:                                             ; preds = %1083
  %1086 = load ptr, ptr %1, align 8, !tbaa !96
  %1087 = icmp eq ptr %1086, %1
  br i1 %1087, label %1092, label %1088

1088:                                             ; preds = %1085, %1088
  %1089 = phi ptr [ %1090, %1088 ], [ %1086, %1085 ]
  %1090 = load ptr, ptr %1089, align 8, !tbaa !96
  call void @_ZdlPvm(ptr noundef %1089, i64 noundef 24) #23
  %1091 = icmp eq ptr %1090, %1
  br i1 %1091, label %1092, label %1088, !llvm.loop !103

1092:                                             ; preds = %1088, %1085, %1062
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %1) #24
  call void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16) %17) #24
  %1093 = load i64, ptr %984, align 8, !tbaa !99
  %1094 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.23, i64 noundef %1093)
  %1095 = load ptr, ptr %17, align 8, !tbaa !96
  %1096 = icmp eq ptr %1095, %17
  br i1 %1096, label %1097, label %1191

1097:                                             ; preds = %1191, %1092
  %1098 = call i32 @putchar(i32 10)
  %1099 = load ptr, ptr %17, align 8, !tbaa !96
  %1100 = icmp eq ptr %1099, %17
  br i1 %1100, label %1105, label %1101

1101:                                             ; preds = %1097, %1101
  %1102 = phi ptr [ %1103, %1101 ], [ %1099, %1097 ]
  %1103 = load ptr, ptr %1102, align 8, !tbaa !96
  call void @_ZdlPvm(ptr noundef %1102, i64 noundef 24) #23
  %1104 = icmp eq ptr %1103, %17
  br i1 %1104, label %1105, label %1101, !llvm.loop !103

1105:                                             ; preds = %1101, %1097
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %17) #24
  %1106 = load ptr, ptr %15, align 8, !tbaa !106
  %1107 = icmp eq ptr %1106, null
  br i1 %1107, label %1125, label %1108

1108:                                             ; preds = %1105
  %1109 = load ptr, ptr %928, align 8, !tbaa !107
  %1110 = load ptr, ptr %931, align 8, !tbaa !108
  %1111 = getelementptr inbounds i8, ptr %1110, i64 8
  %1112 = icmp ult ptr %1109, %1111
  br i1 %1112, label %1113, label %1120

1113:                                             ; preds = %1108, %1113
  %1114 = phi ptr [ %1116, %1113 ], [ %1109, %1108 ]
  %1115 = load ptr, ptr %1114, align 8, !tbaa !33
  call void @_ZdlPvm(ptr noundef %1115, i64 noundef 512) #23
  %1116 = getelementptr inbounds i8, ptr %1114, i64 8
  %1117 = icmp ult ptr %1114, %1110
  br i1 %1117, label %1113, label %1118, !llvm.loop !109

1118:                                             ; preds = %1113
  %1119 = load ptr, ptr %15, align 8, !tbaa !106
  br label %1120

1120:                                             ; preds = %1118, %1108
  %1121 = phi ptr [ %1119, %1118 ], [ %1106, %1108 ]
  %1122 = getelementptr inbounds i8, ptr %15, i64 8
  %1123 = load i64, ptr %1122, align 8, !tbaa !110
  %1124 = shl i64 %1123, 3
  call void @_ZdlPvm(ptr noundef %1121, i64 noundef %1124) #23
  br label %1125

1125:                                             ; preds = %1105, %1120
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %15) #24
  %1126 = load ptr, ptr %860, align 8, !tbaa !111
  %1127 = icmp eq ptr %1126, null
  br i1 %1127, label %1140, label %1128

1128:                                             ; preds = %1125, %1138
  %1129 = phi ptr [ %1130, %1138 ], [ %1126, %1125 ]
  %1130 = load ptr, ptr %1129, align 8, !tbaa !52
  %1131 = getelementptr inbounds i8, ptr %1129, i64 8
  %1132 = load ptr, ptr %1131, align 8, !tbaa !37
  %1133 = getelementptr inbounds i8, ptr %1129, i64 24
  %1134 = icmp eq ptr %1132, %1133
  br i1 %1134, label %1138, label %1135

1135:                                             ; preds = %1128
  %1136 = load i64, ptr %1133, align 8, !tbaa !39
  %1137 = add i64 %1136, 1
  call void @_ZdlPvm(ptr noundef %1132, i64 noundef %1137) #23
  br label %1138

1138:                                             ; preds = %1135, %1128
  call void @_ZdlPvm(ptr noundef nonnull %1129, i64 noundef 48) #23
  %1139 = icmp eq ptr %1130, null
  br i1 %1139, label %1140, label %1128, !llvm.loop !112

1140:                                             ; preds = %1138, %1125
  %1141 = load ptr, ptr %13, align 8, !tbaa !69
  %1142 = load i64, ptr %859, align 8, !tbaa !71
  %1143 = shl i64 %1142, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1141, i8 0, i64 %1143, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %860, i8 0, i64 16, i1 false)
  %1144 = load ptr, ptr %13, align 8, !tbaa !69
  %1145 = icmp eq ptr %858, %1144
  br i1 %1145, label %1149, label %1146

1146:                                             ; preds = %1140
  %1147 = load i64, ptr %859, align 8, !tbaa !71
  %1148 = shl i64 %1147, 3
  call void @_ZdlPvm(ptr noundef %1144, i64 noundef %1148) #23
  br label %1149

1149:                                             ; preds = %1140, %1146
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %13) #24
  %1150 = ptrtoint ptr %835 to i64
  %1151 = sub i64 %1150, %834
  call void @_ZdlPvm(ptr noundef nonnull %836, i64 noundef %1151) #23
  %1152 = load ptr, ptr %533, align 8, !tbaa !51
  %1153 = icmp eq ptr %1152, null
  br i1 %1153, label %1158, label %1154

1154:                                             ; preds = %1149, %1154
  %1155 = phi ptr [ %1156, %1154 ], [ %1152, %1149 ]
  %1156 = load ptr, ptr %1155, align 8, !tbaa !52
  call void @_ZdlPvm(ptr noundef nonnull %1155, i64 noundef 16) #23
  %1157 = icmp eq ptr %1156, null
  br i1 %1157, label %1158, label %1154, !llvm.loop !113

1158:                                             ; preds = %1154, %1149
  %1159 = load ptr, ptr %12, align 8, !tbaa !44
  %1160 = load i64, ptr %532, align 8, !tbaa !49
  %1161 = shl i64 %1160, 3
  call void @llvm.memset.p0.i64(ptr align 8 %1159, i8 0, i64 %1161, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %533, i8 0, i64 16, i1 false)
  %1162 = load ptr, ptr %12, align 8, !tbaa !44
  %1163 = icmp eq ptr %531, %1162
  br i1 %1163, label %1167, label %1164

1164:                                             ; preds = %1158
  %1165 = load i64, ptr %532, align 8, !tbaa !49
  %1166 = shl i64 %1165, 3
  call void @_ZdlPvm(ptr noundef %1162, i64 noundef %1166) #23
  br label %1167

1167:                                             ; preds = %1158, %1164
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #24
  %1168 = load ptr, ptr %496, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %11, ptr noundef %1168)
          to label %1172 unwind label %1169

1169:                                             ; preds = %1167
  %1170 = landingpad { ptr, i32 }
          catch ptr null
  %1171 = extractvalue { ptr, i32 } %1170, 0
  call void @__clang_call_terminate(ptr %1171) #26
  unreachable

1172:                                             ; preds = %1167
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #24
  %1173 = load ptr, ptr %301, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %6, ptr noundef %1173)
          to label %1177 unwind label %1174

1174:                                             ; preds = %1172
  %1175 = landingpad { ptr, i32 }
          catch ptr null
  %1176 = extractvalue { ptr, i32 } %1175, 0
  call void @__clang_call_terminate(ptr %1176) #26
  unreachable

1177:                                             ; preds = %1172
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #24
  call void @_ZdlPvm(ptr noundef nonnull %208, i64 noundef 40) #23
  call void @_ZdlPvm(ptr noundef nonnull %102, i64 noundef %23) #23
  %1178 = icmp eq ptr %82, null
  br i1 %1178, label %1182, label %1179

1179:                                             ; preds = %1177
  %1180 = ptrtoint ptr %80 to i64
  %1181 = sub i64 %1180, %22
  call void @_ZdlPvm(ptr noundef nonnull %82, i64 noundef %1181) #23
  br label %1182

1182:                                             ; preds = %1177, %1179
  ret i32 0

1183:                                             ; preds = %1021
  %1184 = landingpad { ptr, i32 }
          cleanup
  %1185 = load ptr, ptr %17, align 8, !tbaa !96
  %1186 = icmp eq ptr %1185, %17
  br i1 %1186, label %1198, label %1187

1187:                                             ; preds = %1183, %1187
  %1188 = phi ptr [ %1189, %1187 ], [ %1185, %1183 ]
  %1189 = load ptr, ptr %1188, align 8, !tbaa !96
  call void @_ZdlPvm(ptr noundef %1188, i64 noundef 24) #23
  %1190 = icmp eq ptr %1189, %17
  br i1 %1190, label %1198, label %1187, !llvm.loop !103

1191:                                             ; preds = %1092, %1191
  %1192 = phi ptr [ %1196, %1191 ], [ %1095, %1092 ]
  %1193 = getelementptr inbounds i8, ptr %1192, i64 16
  %1194 = load i32, ptr %1193, align 4, !tbaa !6
  %1195 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.24, i32 noundef %1194)
  %1196 = load ptr, ptr %1192, align 8, !tbaa !96
  %1197 = icmp eq ptr %1196, %17
  br i1 %1197, label %1097, label %1191

1198:                                             ; preds = %1000, %1187, %1183, %996
  %1199 = phi { ptr, i32 } [ %997, %996 ], [ %1184, %1183 ], [ %1184, %1187 ], [ %997, %1000 ]
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %17) #24
  br label %1200

1200:                                             ; preds = %1198, %950
  %1201 = phi { ptr, i32 } [ %951, %950 ], [ %1199, %1198 ]
  call void @_ZNSt5dequeIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %15) #24
  br label %1202

1202:                                             ; preds = %1200, %937
  %1203 = phi { ptr, i32 } [ %1201, %1200 ], [ %938, %937 ]
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %15) #24
  br label %1204

1204:                                             ; preds = %1202, %919
  %1205 = phi { ptr, i32 } [ %920, %919 ], [ %1203, %1202 ]
  call void @_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %13) #24
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %13) #24
  %1206 = ptrtoint ptr %835 to i64
  %1207 = sub i64 %1206, %834
  call void @_ZdlPvm(ptr noundef nonnull %836, i64 noundef %1207) #23
  br label %1208

1208:                                             ; preds = %561, %1204, %618, %609
  %1209 = phi { ptr, i32 } [ %619, %618 ], [ %610, %609 ], [ %562, %561 ], [ %1205, %1204 ]
  call void @_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %12) #24
  call void @llvm.lifetime.end.p0(i64 56, ptr nonnull %12) #24
  call void @_ZNSt3setIiSt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %11) #24
  br label %1210

1210:                                             ; preds = %1208, %571
  %1211 = phi { ptr, i32 } [ %1209, %1208 ], [ %572, %571 ]
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %11) #24
  br label %1212

1212:                                             ; preds = %1210, %570, %367
  %1213 = phi { ptr, i32 } [ %368, %367 ], [ %564, %570 ], [ %1211, %1210 ]
  call void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %6) #24
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %6) #24
  br label %1214

1214:                                             ; preds = %313, %315, %1212
  %1215 = phi { ptr, i32 } [ %1213, %1212 ], [ %316, %315 ], [ %314, %313 ]
  call void @_ZdlPvm(ptr noundef nonnull %208, i64 noundef 40) #23
  br label %1216

1216:                                             ; preds = %311, %1214, %309
  %1217 = phi { ptr, i32 } [ %310, %309 ], [ %1215, %1214 ], [ %312, %311 ]
  %1218 = phi ptr [ %34, %309 ], [ %102, %1214 ], [ %102, %311 ]
  call void @_ZdlPvm(ptr noundef nonnull %1218, i64 noundef %23) #23
  br label %1219

1219:                                             ; preds = %86, %88, %307, %1216
  %1220 = phi ptr [ %80, %307 ], [ %80, %1216 ], [ %39, %86 ], [ %39, %88 ]
  %1221 = phi ptr [ %82, %307 ], [ %82, %1216 ], [ %38, %86 ], [ %38, %88 ]
  %1222 = phi { ptr, i32 } [ %308, %307 ], [ %1217, %1216 ], [ %87, %86 ], [ %89, %88 ]
  %1223 = icmp eq ptr %1221, null
  br i1 %1223, label %1228, label %1224

1224:                                             ; preds = %1219
  %1225 = ptrtoint ptr %1220 to i64
  %1226 = ptrtoint ptr %1221 to i64
  %1227 = sub i64 %1225, %1226
  call void @_ZdlPvm(ptr noundef nonnull %1221, i64 noundef %1227) #23
  br label %1228

1228:                                             ; preds = %1219, %1224
  resume { ptr, i32 } %1222
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare i32 @__gxx_personality_v0(...)

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr nocapture noundef readonly, ...) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local noundef nonnull align 4 dereferenceable(4) ptr @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEEixEOS5_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = alloca %"class.std::tuple", align 8
  %4 = alloca %"class.std::tuple.76", align 1
  %5 = getelementptr inbounds i8, ptr %0, i64 16
  %6 = load ptr, ptr %5, align 8, !tbaa !29
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  %8 = icmp eq ptr %6, null
  br i1 %8, label %58, label %9

9:                                                ; preds = %2
  %10 = getelementptr inbounds i8, ptr %1, i64 8
  %11 = load i64, ptr %10, align 8, !tbaa !40
  %12 = load ptr, ptr %1, align 8
  br label %13

13:                                               ; preds = %30, %9
  %14 = phi ptr [ %6, %9 ], [ %36, %30 ]
  %15 = phi ptr [ %7, %9 ], [ %33, %30 ]
  %16 = getelementptr inbounds i8, ptr %14, i64 40
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = tail call i64 @llvm.umin.i64(i64 %11, i64 %17)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %13
  %21 = getelementptr inbounds i8, ptr %14, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !37
  %23 = tail call i32 @memcmp(ptr noundef %22, ptr noundef %12, i64 noundef %18) #24
  %24 = icmp eq i32 %23, 0
  br i1 %24, label %25, label %30

25:                                               ; preds = %20, %13
  %26 = sub i64 %17, %11
  %27 = tail call i64 @llvm.smax.i64(i64 %26, i64 -2147483648)
  %28 = tail call i64 @llvm.smin.i64(i64 %27, i64 2147483647)
  %29 = trunc nsw i64 %28 to i32
  br label %30

30:                                               ; preds = %25, %20
  %31 = phi i32 [ %23, %20 ], [ %29, %25 ]
  %32 = icmp slt i32 %31, 0
  %33 = select i1 %32, ptr %15, ptr %14
  %34 = select i1 %32, i64 24, i64 16
  %35 = getelementptr inbounds i8, ptr %14, i64 %34
  %36 = load ptr, ptr %35, align 8, !tbaa !33
  %37 = icmp eq ptr %36, null
  br i1 %37, label %38, label %13, !llvm.loop !41

38:                                               ; preds = %30
  %39 = icmp eq ptr %33, %7
  br i1 %39, label %58, label %40

40:                                               ; preds = %38
  %41 = getelementptr inbounds i8, ptr %33, i64 40
  %42 = load i64, ptr %41, align 8, !tbaa !40
  %43 = tail call i64 @llvm.umin.i64(i64 %42, i64 %11)
  %44 = icmp eq i64 %43, 0
  br i1 %44, label %50, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds i8, ptr %33, i64 32
  %47 = load ptr, ptr %46, align 8, !tbaa !37
  %48 = tail call i32 @memcmp(ptr noundef %12, ptr noundef %47, i64 noundef %43) #24
  %49 = icmp eq i32 %48, 0
  br i1 %49, label %50, label %55

50:                                               ; preds = %45, %40
  %51 = sub i64 %11, %42
  %52 = tail call i64 @llvm.smax.i64(i64 %51, i64 -2147483648)
  %53 = tail call i64 @llvm.smin.i64(i64 %52, i64 2147483647)
  %54 = trunc nsw i64 %53 to i32
  br label %55

55:                                               ; preds = %45, %50
  %56 = phi i32 [ %48, %45 ], [ %54, %50 ]
  %57 = icmp slt i32 %56, 0
  br i1 %57, label %58, label %63

58:                                               ; preds = %2, %38, %55
  %59 = phi ptr [ %33, %55 ], [ %7, %38 ], [ %7, %2 ]
  %60 = ptrtoint ptr %59 to i64
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3) #24
  store ptr %1, ptr %3, align 8, !tbaa !33, !alias.scope !114
  call void @llvm.lifetime.start.p0(i64 1, ptr nonnull %4) #24
  %61 = call i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %60, ptr noundef nonnull align 1 dereferenceable(1) @_ZSt19piecewise_construct, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4)
  %62 = inttoptr i64 %61 to ptr
  call void @llvm.lifetime.end.p0(i64 1, ptr nonnull %4) #24
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3) #24
  br label %63

63:                                               ; preds = %58, %55
  %64 = phi ptr [ %62, %58 ], [ %33, %55 ]
  %65 = getelementptr inbounds i8, ptr %64, i64 64
  ret ptr %65
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt3setIiSt4lessIiESaIiEEC2IN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiS2_EEEEET_SB_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, i64 %2) unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = getelementptr inbounds i8, ptr %0, i64 24
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %0, i8 0, i64 24, i1 false)
  store ptr %4, ptr %5, align 8, !tbaa !30
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %4, ptr %6, align 8, !tbaa !31
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %7, align 8, !tbaa !32
  %8 = inttoptr i64 %1 to ptr
  %9 = inttoptr i64 %2 to ptr
  %10 = icmp eq ptr %8, %9
  br i1 %10, label %40, label %11

11:                                               ; preds = %3
  %12 = ptrtoint ptr %4 to i64
  br label %13

13:                                               ; preds = %37, %11
  %14 = phi ptr [ %8, %11 ], [ %38, %37 ]
  %15 = invoke [2 x i64] @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %12, ptr noundef nonnull align 4 dereferenceable(4) %14)
          to label %16 unwind label %41

16:                                               ; preds = %13
  %17 = extractvalue [2 x i64] %15, 1
  %18 = icmp eq i64 %17, 0
  br i1 %18, label %37, label %19

19:                                               ; preds = %16
  %20 = extractvalue [2 x i64] %15, 0
  %21 = inttoptr i64 %17 to ptr
  %22 = icmp ne i64 %20, 0
  %23 = icmp eq ptr %4, %21
  %24 = or i1 %22, %23
  %25 = load i32, ptr %14, align 4, !tbaa !6
  br i1 %24, label %30, label %26

26:                                               ; preds = %19
  %27 = getelementptr inbounds i8, ptr %21, i64 32
  %28 = load i32, ptr %27, align 4, !tbaa !6
  %29 = icmp slt i32 %25, %28
  br label %30

30:                                               ; preds = %26, %19
  %31 = phi i1 [ true, %19 ], [ %29, %26 ]
  %32 = invoke noalias noundef nonnull dereferenceable(40) ptr @_Znwm(i64 noundef 40) #22
          to label %33 unwind label %41

33:                                               ; preds = %30
  %34 = getelementptr inbounds i8, ptr %32, i64 32
  store i32 %25, ptr %34, align 4, !tbaa !6
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef %31, ptr noundef nonnull %32, ptr noundef nonnull %21, ptr noundef nonnull align 8 dereferenceable(32) %4) #24
  %35 = load i64, ptr %7, align 8, !tbaa !32
  %36 = add i64 %35, 1
  store i64 %36, ptr %7, align 8, !tbaa !32
  br label %37

37:                                               ; preds = %33, %16
  %38 = getelementptr inbounds i8, ptr %14, i64 4
  %39 = icmp eq ptr %38, %9
  br i1 %39, label %40, label %13, !llvm.loop !117

40:                                               ; preds = %37, %3
  ret void

41:                                               ; preds = %30, %13
  %42 = landingpad { ptr, i32 }
          cleanup
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) #24
  resume { ptr, i32 } %42
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt7__cxx114listIiSaIiEE4sortEv(ptr noundef nonnull align 8 dereferenceable(24) %0) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %2 = alloca %"struct.std::__detail::_Scratch_list", align 8
  %3 = alloca [64 x %"struct.std::__detail::_Scratch_list"], align 8
  %4 = load ptr, ptr %0, align 8, !tbaa !96
  %5 = icmp eq ptr %4, %0
  br i1 %5, label %115, label %6

6:                                                ; preds = %1
  %7 = load ptr, ptr %4, align 8, !tbaa !96
  %8 = icmp eq ptr %7, %0
  br i1 %8, label %115, label %9

9:                                                ; preds = %6
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #24
  %10 = getelementptr inbounds i8, ptr %2, i64 8
  store ptr %2, ptr %10, align 8, !tbaa !94
  store ptr %2, ptr %2, align 8, !tbaa !96
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %3) #24
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %29, %11 ]
  %13 = shl i64 %12, 4
  %14 = or disjoint i64 %13, 16
  %15 = or disjoint i64 %13, 32
  %16 = or disjoint i64 %13, 48
  %17 = getelementptr inbounds i8, ptr %3, i64 %13
  %18 = getelementptr inbounds i8, ptr %3, i64 %14
  %19 = insertelement <2 x ptr> poison, ptr %17, i64 0
  %20 = insertelement <2 x ptr> %19, ptr %18, i64 1
  %21 = getelementptr inbounds i8, ptr %3, i64 %15
  %22 = getelementptr inbounds i8, ptr %3, i64 %16
  %23 = insertelement <2 x ptr> poison, ptr %21, i64 0
  %24 = insertelement <2 x ptr> %23, ptr %22, i64 1
  %25 = shufflevector <2 x ptr> %20, <2 x ptr> poison, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  %26 = shufflevector <4 x ptr> %25, <4 x ptr> poison, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x ptr> %26, ptr %17, align 8, !tbaa !33
  %27 = shufflevector <2 x ptr> %24, <2 x ptr> poison, <4 x i32> <i32 0, i32 1, i32 0, i32 1>
  %28 = shufflevector <4 x ptr> %27, <4 x ptr> poison, <4 x i32> <i32 0, i32 2, i32 1, i32 3>
  store <4 x ptr> %28, ptr %21, align 8, !tbaa !33
  %29 = add nuw i64 %12, 4
  %30 = icmp eq i64 %29, 64
  br i1 %30, label %31, label %11, !llvm.loop !118

31:                                               ; preds = %11, %67
  %32 = phi ptr [ %72, %67 ], [ %4, %11 ]
  %33 = phi i64 [ %71, %67 ], [ 0, %11 ]
  %34 = getelementptr inbounds i8, ptr %3, i64 %33
  %35 = load ptr, ptr %32, align 8, !tbaa !96
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull %32, ptr noundef %35) #24
  %36 = icmp eq i64 %33, 0
  br i1 %36, label %67, label %37

37:                                               ; preds = %31, %64
  %38 = phi ptr [ %65, %64 ], [ %3, %31 ]
  %39 = load ptr, ptr %38, align 8, !tbaa !96
  %40 = icmp ne ptr %39, %38
  br i1 %40, label %41, label %67

41:                                               ; preds = %37
  %42 = load ptr, ptr %2, align 8, !tbaa !96
  %43 = icmp eq ptr %42, %2
  br i1 %43, label %64, label %44

44:                                               ; preds = %41, %56
  %45 = phi ptr [ %58, %56 ], [ %39, %41 ]
  %46 = phi ptr [ %57, %56 ], [ %42, %41 ]
  %47 = getelementptr inbounds i8, ptr %46, i64 16
  %48 = load i32, ptr %47, align 4, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %45, i64 16
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %48, %50
  br i1 %51, label %52, label %54

52:                                               ; preds = %44
  %53 = load ptr, ptr %46, align 8, !tbaa !96
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %45, ptr noundef nonnull %46, ptr noundef %53) #24
  br label %56

54:                                               ; preds = %44
  %55 = load ptr, ptr %45, align 8, !tbaa !96
  br label %56

56:                                               ; preds = %54, %52
  %57 = phi ptr [ %53, %52 ], [ %46, %54 ]
  %58 = phi ptr [ %45, %52 ], [ %55, %54 ]
  %59 = icmp ne ptr %58, %38
  %60 = icmp ne ptr %57, %2
  %61 = and i1 %60, %59
  br i1 %61, label %44, label %62, !llvm.loop !119

62:                                               ; preds = %56
  br i1 %60, label %63, label %64

63:                                               ; preds = %62
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %38, ptr noundef %57, ptr noundef nonnull %2) #24
  br label %64

64:                                               ; preds = %41, %63, %62
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %38) #24
  %65 = getelementptr inbounds i8, ptr %38, i64 16
  %66 = icmp eq ptr %65, %34
  br i1 %66, label %67, label %37, !llvm.loop !120

67:                                               ; preds = %37, %64, %31
  %68 = phi ptr [ %3, %31 ], [ %34, %64 ], [ %38, %37 ]
  %69 = phi i1 [ true, %31 ], [ %40, %64 ], [ false, %37 ]
  %70 = phi i64 [ 16, %31 ], [ 16, %64 ], [ 0, %37 ]
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %2, ptr noundef nonnull align 8 dereferenceable(16) %68) #24
  %71 = add nuw nsw i64 %33, %70
  %72 = load ptr, ptr %0, align 8, !tbaa !96
  %73 = icmp eq ptr %72, %0
  br i1 %73, label %74, label %31, !llvm.loop !121

74:                                               ; preds = %67
  %75 = getelementptr inbounds i8, ptr %3, i64 %71
  %76 = icmp eq i64 %71, 16
  br i1 %76, label %112, label %77

77:                                               ; preds = %74
  %78 = getelementptr inbounds i8, ptr %3, i64 16
  br label %79

79:                                               ; preds = %77, %109
  %80 = phi ptr [ %110, %109 ], [ %78, %77 ]
  %81 = phi ptr [ %80, %109 ], [ %3, %77 ]
  %82 = load ptr, ptr %80, align 8, !tbaa !96
  %83 = load ptr, ptr %81, align 8, !tbaa !96
  %84 = icmp ne ptr %82, %80
  %85 = icmp ne ptr %83, %81
  %86 = select i1 %84, i1 %85, i1 false
  br i1 %86, label %87, label %105

87:                                               ; preds = %79, %99
  %88 = phi ptr [ %101, %99 ], [ %82, %79 ]
  %89 = phi ptr [ %100, %99 ], [ %83, %79 ]
  %90 = getelementptr inbounds i8, ptr %89, i64 16
  %91 = load i32, ptr %90, align 4, !tbaa !6
  %92 = getelementptr inbounds i8, ptr %88, i64 16
  %93 = load i32, ptr %92, align 4, !tbaa !6
  %94 = icmp slt i32 %91, %93
  br i1 %94, label %95, label %97

95:                                               ; preds = %87
  %96 = load ptr, ptr %89, align 8, !tbaa !96
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %88, ptr noundef nonnull %89, ptr noundef %96) #24
  br label %99

97:                                               ; preds = %87
  %98 = load ptr, ptr %88, align 8, !tbaa !96
  br label %99

99:                                               ; preds = %97, %95
  %100 = phi ptr [ %96, %95 ], [ %89, %97 ]
  %101 = phi ptr [ %88, %95 ], [ %98, %97 ]
  %102 = icmp ne ptr %101, %80
  %103 = icmp ne ptr %100, %81
  %104 = and i1 %103, %102
  br i1 %104, label %87, label %105, !llvm.loop !119

105:                                              ; preds = %99, %79
  %106 = phi ptr [ %83, %79 ], [ %100, %99 ]
  %107 = phi i1 [ %85, %79 ], [ %103, %99 ]
  br i1 %107, label %108, label %109

108:                                              ; preds = %105
  call void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %80, ptr noundef %106, ptr noundef nonnull %81) #24
  br label %109

109:                                              ; preds = %105, %108
  %110 = getelementptr inbounds i8, ptr %80, i64 16
  %111 = icmp eq ptr %110, %75
  br i1 %111, label %112, label %79

112:                                              ; preds = %109, %74
  %113 = select i1 %69, i64 0, i64 -16
  %114 = getelementptr inbounds i8, ptr %34, i64 %113
  call void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16) %114, ptr noundef nonnull align 8 dereferenceable(16) %0) #24
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %3) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #24
  br label %115

115:                                              ; preds = %112, %6, %1
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(80) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = load ptr, ptr %0, align 8, !tbaa !106
  %3 = icmp eq ptr %2, null
  br i1 %3, label %23, label %4

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !107
  %8 = load ptr, ptr %5, align 8, !tbaa !108
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  %10 = icmp ult ptr %7, %9
  br i1 %10, label %11, label %18

11:                                               ; preds = %4, %11
  %12 = phi ptr [ %14, %11 ], [ %7, %4 ]
  %13 = load ptr, ptr %12, align 8, !tbaa !33
  tail call void @_ZdlPvm(ptr noundef %13, i64 noundef 512) #23
  %14 = getelementptr inbounds i8, ptr %12, i64 8
  %15 = icmp ult ptr %12, %8
  br i1 %15, label %11, label %16, !llvm.loop !109

16:                                               ; preds = %11
  %17 = load ptr, ptr %0, align 8, !tbaa !106
  br label %18

18:                                               ; preds = %16, %4
  %19 = phi ptr [ %17, %16 ], [ %2, %4 ]
  %20 = getelementptr inbounds i8, ptr %0, i64 8
  %21 = load i64, ptr %20, align 8, !tbaa !110
  %22 = shl i64 %21, 3
  tail call void @_ZdlPvm(ptr noundef %19, i64 noundef %22) #23
  br label %23

23:                                               ; preds = %1, %18
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13unordered_setINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4hashIS5_ESt8equal_toIS5_ESaIS5_EED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !111
  %4 = icmp eq ptr %3, null
  br i1 %4, label %17, label %5

5:                                                ; preds = %1, %15
  %6 = phi ptr [ %7, %15 ], [ %3, %1 ]
  %7 = load ptr, ptr %6, align 8, !tbaa !52
  %8 = getelementptr inbounds i8, ptr %6, i64 8
  %9 = load ptr, ptr %8, align 8, !tbaa !37
  %10 = getelementptr inbounds i8, ptr %6, i64 24
  %11 = icmp eq ptr %9, %10
  br i1 %11, label %15, label %12

12:                                               ; preds = %5
  %13 = load i64, ptr %10, align 8, !tbaa !39
  %14 = add i64 %13, 1
  tail call void @_ZdlPvm(ptr noundef %9, i64 noundef %14) #23
  br label %15

15:                                               ; preds = %12, %5
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 48) #23
  %16 = icmp eq ptr %7, null
  br i1 %16, label %17, label %5, !llvm.loop !112

17:                                               ; preds = %15, %1
  %18 = load ptr, ptr %0, align 8, !tbaa !69
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !71
  %21 = shl i64 %20, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %18, i8 0, i64 %21, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %22 = load ptr, ptr %0, align 8, !tbaa !69
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = icmp eq ptr %23, %22
  br i1 %24, label %28, label %25

25:                                               ; preds = %17
  %26 = load i64, ptr %19, align 8, !tbaa !71
  %27 = shl i64 %26, 3
  tail call void @_ZdlPvm(ptr noundef %22, i64 noundef %27) #23
  br label %28

28:                                               ; preds = %17, %25
  ret void
}

; Function Attrs: inlinehint mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt13unordered_mapIiiSt4hashIiESt8equal_toIiESaISt4pairIKiiEEED2Ev(ptr noundef nonnull align 8 dereferenceable(56) %0) unnamed_addr #6 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !51
  %4 = icmp eq ptr %3, null
  br i1 %4, label %9, label %5

5:                                                ; preds = %1, %5
  %6 = phi ptr [ %7, %5 ], [ %3, %1 ]
  %7 = load ptr, ptr %6, align 8, !tbaa !52
  tail call void @_ZdlPvm(ptr noundef nonnull %6, i64 noundef 16) #23
  %8 = icmp eq ptr %7, null
  br i1 %8, label %9, label %5, !llvm.loop !113

9:                                                ; preds = %5, %1
  %10 = load ptr, ptr %0, align 8, !tbaa !44
  %11 = getelementptr inbounds i8, ptr %0, i64 8
  %12 = load i64, ptr %11, align 8, !tbaa !49
  %13 = shl i64 %12, 3
  tail call void @llvm.memset.p0.i64(ptr align 8 %10, i8 0, i64 %13, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %2, i8 0, i64 16, i1 false)
  %14 = load ptr, ptr %0, align 8, !tbaa !44
  %15 = getelementptr inbounds i8, ptr %0, i64 48
  %16 = icmp eq ptr %15, %14
  br i1 %16, label %20, label %17

17:                                               ; preds = %9
  %18 = load i64, ptr %11, align 8, !tbaa !49
  %19 = shl i64 %18, 3
  tail call void @_ZdlPvm(ptr noundef %14, i64 noundef %19) #23
  br label %20

20:                                               ; preds = %9, %17
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3setIiSt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %7 unwind label %4

4:                                                ; preds = %1
  %5 = landingpad { ptr, i32 }
          catch ptr null
  %6 = extractvalue { ptr, i32 } %5, 0
  tail call void @__clang_call_terminate(ptr %6) #26
  unreachable

7:                                                ; preds = %1
  ret void
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt3mapINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiSt4lessIS5_ESaISt4pairIKS5_iEEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %7 unwind label %4

4:                                                ; preds = %1
  %5 = landingpad { ptr, i32 }
          catch ptr null
  %6 = extractvalue { ptr, i32 } %5, 0
  tail call void @__clang_call_terminate(ptr %6) #26
  unreachable

7:                                                ; preds = %1
  ret void
}

; Function Attrs: noinline noreturn nounwind uwtable
define linkonce_odr hidden void @__clang_call_terminate(ptr noundef %0) local_unnamed_addr #7 comdat {
  %2 = tail call ptr @__cxa_begin_catch(ptr %0) #24
  tail call void @_ZSt9terminatev() #26
  unreachable
}

declare ptr @__cxa_begin_catch(ptr) local_unnamed_addr

declare void @_ZSt9terminatev() local_unnamed_addr

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE17_M_initialize_mapEm(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = lshr i64 %1, 7
  %4 = add nuw nsw i64 %3, 1
  %5 = tail call i64 @llvm.umax.i64(i64 %3, i64 5)
  %6 = add nuw nsw i64 %5, 3
  %7 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %6, ptr %7, align 8, !tbaa !110
  %8 = shl nuw nsw i64 %6, 3
  %9 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %8) #22
  store ptr %9, ptr %0, align 8, !tbaa !106
  %10 = sub nsw i64 %6, %4
  %11 = lshr i64 %10, 1
  %12 = getelementptr inbounds ptr, ptr %9, i64 %11
  %13 = getelementptr inbounds ptr, ptr %12, i64 %4
  invoke void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull %12, ptr noundef nonnull %13)
          to label %24 unwind label %14

14:                                               ; preds = %2
  %15 = landingpad { ptr, i32 }
          catch ptr null
  %16 = extractvalue { ptr, i32 } %15, 0
  %17 = tail call ptr @__cxa_begin_catch(ptr %16) #24
  %18 = load ptr, ptr %0, align 8, !tbaa !106
  %19 = load i64, ptr %7, align 8, !tbaa !110
  %20 = shl i64 %19, 3
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef %20) #23
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(16) %0, i8 0, i64 16, i1 false)
  invoke void @__cxa_rethrow() #21
          to label %43 unwind label %21

21:                                               ; preds = %14
  %22 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %23 unwind label %40

23:                                               ; preds = %21
  resume { ptr, i32 } %22

24:                                               ; preds = %2
  %25 = getelementptr inbounds i8, ptr %0, i64 16
  %26 = getelementptr inbounds i8, ptr %0, i64 40
  store ptr %12, ptr %26, align 8, !tbaa !76
  %27 = load ptr, ptr %12, align 8, !tbaa !33
  %28 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %27, ptr %28, align 8, !tbaa !93
  %29 = getelementptr inbounds i8, ptr %27, i64 512
  %30 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %29, ptr %30, align 8, !tbaa !80
  %31 = getelementptr inbounds i8, ptr %0, i64 48
  %32 = getelementptr inbounds i8, ptr %13, i64 -8
  %33 = getelementptr inbounds i8, ptr %0, i64 72
  store ptr %32, ptr %33, align 8, !tbaa !76
  %34 = load ptr, ptr %32, align 8, !tbaa !33
  %35 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %34, ptr %35, align 8, !tbaa !93
  %36 = getelementptr inbounds i8, ptr %34, i64 512
  %37 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %36, ptr %37, align 8, !tbaa !80
  store ptr %27, ptr %25, align 8, !tbaa !81
  %38 = and i64 %1, 127
  %39 = getelementptr inbounds i32, ptr %34, i64 %38
  store ptr %39, ptr %31, align 8, !tbaa !84
  ret void

40:                                               ; preds = %21
  %41 = landingpad { ptr, i32 }
          catch ptr null
  %42 = extractvalue { ptr, i32 } %41, 0
  tail call void @__clang_call_terminate(ptr %42) #26
  unreachable

43:                                               ; preds = %14
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt11_Deque_baseIiSaIiEE15_M_create_nodesEPPiS3_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef %1, ptr noundef %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = icmp ult ptr %1, %2
  br i1 %4, label %5, label %25

5:                                                ; preds = %3, %8
  %6 = phi ptr [ %9, %8 ], [ %1, %3 ]
  %7 = invoke noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
          to label %8 unwind label %11

8:                                                ; preds = %5
  store ptr %7, ptr %6, align 8, !tbaa !33
  %9 = getelementptr inbounds i8, ptr %6, i64 8
  %10 = icmp ult ptr %9, %2
  br i1 %10, label %5, label %25, !llvm.loop !122

11:                                               ; preds = %5
  %12 = landingpad { ptr, i32 }
          catch ptr null
  %13 = extractvalue { ptr, i32 } %12, 0
  %14 = tail call ptr @__cxa_begin_catch(ptr %13) #24
  %15 = icmp ugt ptr %6, %1
  br i1 %15, label %16, label %21

16:                                               ; preds = %11, %16
  %17 = phi ptr [ %19, %16 ], [ %1, %11 ]
  %18 = load ptr, ptr %17, align 8, !tbaa !33
  tail call void @_ZdlPvm(ptr noundef %18, i64 noundef 512) #23
  %19 = getelementptr inbounds i8, ptr %17, i64 8
  %20 = icmp ult ptr %19, %6
  br i1 %20, label %16, label %21, !llvm.loop !109

21:                                               ; preds = %16, %11
  invoke void @__cxa_rethrow() #21
          to label %29 unwind label %22

22:                                               ; preds = %21
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %26

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %8, %3
  ret void

26:                                               ; preds = %22
  %27 = landingpad { ptr, i32 }
          catch ptr null
  %28 = extractvalue { ptr, i32 } %27, 0
  tail call void @__clang_call_terminate(ptr %28) #26
  unreachable

29:                                               ; preds = %21
  unreachable
}

declare void @__cxa_rethrow() local_unnamed_addr

declare void @__cxa_end_catch() local_unnamed_addr

; Function Attrs: noreturn
declare void @_ZSt28__throw_bad_array_new_lengthv() local_unnamed_addr #9

; Function Attrs: noreturn
declare void @_ZSt17__throw_bad_allocv() local_unnamed_addr #9

; Function Attrs: nobuiltin allocsize(0)
declare noundef nonnull ptr @_Znwm(i64 noundef) local_unnamed_addr #10

; Function Attrs: nobuiltin nounwind
declare void @_ZdlPvm(ptr noundef, i64 noundef) local_unnamed_addr #11

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #12

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEED2Ev(ptr noundef nonnull align 8 dereferenceable(48) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load ptr, ptr %2, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %3)
          to label %4 unwind label %5

4:                                                ; preds = %1
  ret void

5:                                                ; preds = %1
  %6 = landingpad { ptr, i32 }
          catch ptr null
  %7 = extractvalue { ptr, i32 } %6, 0
  tail call void @__clang_call_terminate(ptr %7) #26
  unreachable
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %11, label %4

4:                                                ; preds = %2, %4
  %5 = phi ptr [ %9, %4 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !123
  tail call void @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE8_M_eraseEPSt13_Rb_tree_nodeIiE(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !124
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 40) #23
  %10 = icmp eq ptr %9, null
  br i1 %10, label %11, label %4, !llvm.loop !125

11:                                               ; preds = %4, %2
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = icmp eq ptr %1, null
  br i1 %3, label %19, label %4

4:                                                ; preds = %2, %17
  %5 = phi ptr [ %9, %17 ], [ %1, %2 ]
  %6 = getelementptr inbounds i8, ptr %5, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !123
  tail call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %7)
  %8 = getelementptr inbounds i8, ptr %5, i64 16
  %9 = load ptr, ptr %8, align 8, !tbaa !124
  %10 = getelementptr inbounds i8, ptr %5, i64 32
  %11 = load ptr, ptr %10, align 8, !tbaa !37
  %12 = getelementptr inbounds i8, ptr %5, i64 48
  %13 = icmp eq ptr %11, %12
  br i1 %13, label %17, label %14

14:                                               ; preds = %4
  %15 = load i64, ptr %12, align 8, !tbaa !39
  %16 = add i64 %15, 1
  tail call void @_ZdlPvm(ptr noundef %11, i64 noundef %16) #23
  br label %17

17:                                               ; preds = %4, %14
  tail call void @_ZdlPvm(ptr noundef nonnull %5, i64 noundef 72) #23
  %18 = icmp eq ptr %9, null
  br i1 %18, label %19, label %4, !llvm.loop !126

19:                                               ; preds = %17, %2
  ret void
}

; Function Attrs: noreturn
declare void @_ZSt20__throw_length_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i64(ptr nocapture writeonly, ptr nocapture readonly, i64, i1 immarg) #3

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %0, i64 %1, i64 noundef %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 2
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %125

9:                                                ; preds = %4
  %10 = getelementptr inbounds i8, ptr %5, i64 4
  br label %11

11:                                               ; preds = %9, %120
  %12 = phi i64 [ %7, %9 ], [ %123, %120 ]
  %13 = phi i64 [ %2, %9 ], [ %76, %120 ]
  %14 = phi i64 [ %1, %9 ], [ %121, %120 ]
  %15 = inttoptr i64 %14 to ptr
  %16 = icmp eq i64 %13, 0
  br i1 %16, label %17, label %75

17:                                               ; preds = %11
  tail call void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %14, i64 %14, i8 undef)
  br label %18

18:                                               ; preds = %71, %17
  %19 = phi ptr [ %20, %71 ], [ %15, %17 ]
  %20 = getelementptr inbounds i8, ptr %19, i64 -4
  %21 = ptrtoint ptr %20 to i64
  %22 = load i32, ptr %20, align 4, !tbaa !6
  %23 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %23, ptr %20, align 4, !tbaa !6
  %24 = sub i64 %21, %0
  %25 = ashr exact i64 %24, 2
  %26 = add nsw i64 %25, -1
  %27 = sdiv i64 %26, 2
  %28 = icmp sgt i64 %25, 2
  br i1 %28, label %29, label %44

29:                                               ; preds = %18, %29
  %30 = phi i64 [ %39, %29 ], [ 0, %18 ]
  %31 = shl i64 %30, 1
  %32 = add i64 %31, 2
  %33 = getelementptr inbounds i32, ptr %5, i64 %32
  %34 = or disjoint i64 %31, 1
  %35 = getelementptr inbounds i32, ptr %5, i64 %34
  %36 = load i32, ptr %33, align 4, !tbaa !6
  %37 = load i32, ptr %35, align 4, !tbaa !6
  %38 = icmp slt i32 %36, %37
  %39 = select i1 %38, i64 %34, i64 %32
  %40 = getelementptr inbounds i32, ptr %5, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i32, ptr %5, i64 %30
  store i32 %41, ptr %42, align 4, !tbaa !6
  %43 = icmp slt i64 %39, %27
  br i1 %43, label %29, label %44, !llvm.loop !127

44:                                               ; preds = %29, %18
  %45 = phi i64 [ 0, %18 ], [ %39, %29 ]
  %46 = and i64 %24, 4
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %48, label %58

48:                                               ; preds = %44
  %49 = add nsw i64 %25, -2
  %50 = ashr exact i64 %49, 1
  %51 = icmp eq i64 %45, %50
  br i1 %51, label %52, label %58

52:                                               ; preds = %48
  %53 = shl nsw i64 %45, 1
  %54 = or disjoint i64 %53, 1
  %55 = getelementptr inbounds i32, ptr %5, i64 %54
  %56 = load i32, ptr %55, align 4, !tbaa !6
  %57 = getelementptr inbounds i32, ptr %5, i64 %45
  store i32 %56, ptr %57, align 4, !tbaa !6
  br label %58

58:                                               ; preds = %52, %48, %44
  %59 = phi i64 [ %54, %52 ], [ %45, %48 ], [ %45, %44 ]
  %60 = icmp sgt i64 %59, 0
  br i1 %60, label %61, label %71

61:                                               ; preds = %58, %68
  %62 = phi i64 [ %64, %68 ], [ %59, %58 ]
  %63 = add nsw i64 %62, -1
  %64 = lshr i64 %63, 1
  %65 = getelementptr inbounds i32, ptr %5, i64 %64
  %66 = load i32, ptr %65, align 4, !tbaa !6
  %67 = icmp slt i32 %66, %22
  br i1 %67, label %68, label %71

68:                                               ; preds = %61
  %69 = getelementptr inbounds i32, ptr %5, i64 %62
  store i32 %66, ptr %69, align 4, !tbaa !6
  %70 = icmp ult i64 %63, 2
  br i1 %70, label %71, label %61, !llvm.loop !128

71:                                               ; preds = %68, %61, %58
  %72 = phi i64 [ %59, %58 ], [ %62, %61 ], [ 0, %68 ]
  %73 = getelementptr inbounds i32, ptr %5, i64 %72
  store i32 %22, ptr %73, align 4, !tbaa !6
  %74 = icmp sgt i64 %24, 4
  br i1 %74, label %18, label %125, !llvm.loop !129

75:                                               ; preds = %11
  %76 = add nsw i64 %13, -1
  %77 = lshr i64 %12, 1
  %78 = getelementptr inbounds i32, ptr %5, i64 %77
  %79 = getelementptr inbounds i8, ptr %15, i64 -4
  %80 = load i32, ptr %10, align 4, !tbaa !6
  %81 = load i32, ptr %78, align 4, !tbaa !6
  %82 = icmp slt i32 %80, %81
  %83 = load i32, ptr %79, align 4, !tbaa !6
  br i1 %82, label %84, label %93

84:                                               ; preds = %75
  %85 = icmp slt i32 %81, %83
  br i1 %85, label %86, label %88

86:                                               ; preds = %84
  %87 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %87, ptr %78, align 4, !tbaa !6
  br label %102

88:                                               ; preds = %84
  %89 = icmp slt i32 %80, %83
  %90 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %89, label %91, label %92

91:                                               ; preds = %88
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %79, align 4, !tbaa !6
  br label %102

92:                                               ; preds = %88
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %90, ptr %10, align 4, !tbaa !6
  br label %102

93:                                               ; preds = %75
  %94 = icmp slt i32 %80, %83
  br i1 %94, label %95, label %97

95:                                               ; preds = %93
  %96 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %80, ptr %5, align 4, !tbaa !6
  store i32 %96, ptr %10, align 4, !tbaa !6
  br label %102

97:                                               ; preds = %93
  %98 = icmp slt i32 %81, %83
  %99 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %98, label %100, label %101

100:                                              ; preds = %97
  store i32 %83, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %79, align 4, !tbaa !6
  br label %102

101:                                              ; preds = %97
  store i32 %81, ptr %5, align 4, !tbaa !6
  store i32 %99, ptr %78, align 4, !tbaa !6
  br label %102

102:                                              ; preds = %101, %100, %95, %92, %91, %86
  br label %103

103:                                              ; preds = %102, %119
  %104 = phi ptr [ %114, %119 ], [ %15, %102 ]
  %105 = phi ptr [ %111, %119 ], [ %10, %102 ]
  %106 = load i32, ptr %5, align 4, !tbaa !6
  br label %107

107:                                              ; preds = %107, %103
  %108 = phi ptr [ %105, %103 ], [ %111, %107 ]
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %109, %106
  %111 = getelementptr inbounds i8, ptr %108, i64 4
  br i1 %110, label %107, label %112, !llvm.loop !130

112:                                              ; preds = %107, %112
  %113 = phi ptr [ %114, %112 ], [ %104, %107 ]
  %114 = getelementptr inbounds i8, ptr %113, i64 -4
  %115 = load i32, ptr %114, align 4, !tbaa !6
  %116 = icmp slt i32 %106, %115
  br i1 %116, label %112, label %117, !llvm.loop !131

117:                                              ; preds = %112
  %118 = icmp ult ptr %108, %114
  br i1 %118, label %119, label %120

119:                                              ; preds = %117
  store i32 %115, ptr %108, align 4, !tbaa !6
  store i32 %109, ptr %114, align 4, !tbaa !6
  br label %103, !llvm.loop !132

120:                                              ; preds = %117
  %121 = ptrtoint ptr %108 to i64
  tail call void @_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEElNS0_5__ops15_Iter_less_iterEEvT_S9_T0_T1_(i64 %121, i64 %14, i64 noundef %76, i8 undef)
  %122 = sub i64 %121, %0
  %123 = ashr exact i64 %122, 2
  %124 = icmp sgt i64 %123, 16
  br i1 %124, label %11, label %125, !llvm.loop !133

125:                                              ; preds = %120, %71, %4
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt22__final_insertion_sortIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_T0_(i64 %0, i64 %1, i8 %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %0 to ptr
  %5 = inttoptr i64 %1 to ptr
  %6 = sub i64 %1, %0
  %7 = icmp sgt i64 %6, 64
  br i1 %7, label %8, label %56

8:                                                ; preds = %3, %32
  %9 = phi i64 [ %34, %32 ], [ 4, %3 ]
  %10 = phi ptr [ %11, %32 ], [ %4, %3 ]
  %11 = getelementptr inbounds i8, ptr %4, i64 %9
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = load i32, ptr %4, align 4, !tbaa !6
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %22

15:                                               ; preds = %8
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = ptrtoint ptr %11 to i64
  %18 = sub i64 %17, %0
  %19 = ashr exact i64 %18, 2
  %20 = sub nsw i64 0, %19
  %21 = getelementptr inbounds i32, ptr %16, i64 %20
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %21, ptr nonnull align 4 %4, i64 %18, i1 false)
  br label %32

22:                                               ; preds = %8
  %23 = load i32, ptr %10, align 4, !tbaa !6
  %24 = icmp slt i32 %12, %23
  br i1 %24, label %25, label %32

25:                                               ; preds = %22, %25
  %26 = phi i32 [ %30, %25 ], [ %23, %22 ]
  %27 = phi ptr [ %29, %25 ], [ %10, %22 ]
  %28 = phi ptr [ %27, %25 ], [ %11, %22 ]
  store i32 %26, ptr %28, align 4, !tbaa !6
  %29 = getelementptr inbounds i8, ptr %27, i64 -4
  %30 = load i32, ptr %29, align 4, !tbaa !6
  %31 = icmp slt i32 %12, %30
  br i1 %31, label %25, label %32, !llvm.loop !134

32:                                               ; preds = %25, %22, %15
  %33 = phi ptr [ %4, %15 ], [ %11, %22 ], [ %27, %25 ]
  store i32 %12, ptr %33, align 4, !tbaa !6
  %34 = add nuw nsw i64 %9, 4
  %35 = icmp eq i64 %34, 64
  br i1 %35, label %36, label %8, !llvm.loop !135

36:                                               ; preds = %32
  %37 = getelementptr inbounds i8, ptr %4, i64 64
  %38 = icmp eq ptr %37, %5
  br i1 %38, label %88, label %39

39:                                               ; preds = %36, %52
  %40 = phi ptr [ %54, %52 ], [ %37, %36 ]
  %41 = load i32, ptr %40, align 4, !tbaa !6
  %42 = getelementptr inbounds i8, ptr %40, i64 -4
  %43 = load i32, ptr %42, align 4, !tbaa !6
  %44 = icmp slt i32 %41, %43
  br i1 %44, label %45, label %52

45:                                               ; preds = %39, %45
  %46 = phi i32 [ %50, %45 ], [ %43, %39 ]
  %47 = phi ptr [ %49, %45 ], [ %42, %39 ]
  %48 = phi ptr [ %47, %45 ], [ %40, %39 ]
  store i32 %46, ptr %48, align 4, !tbaa !6
  %49 = getelementptr inbounds i8, ptr %47, i64 -4
  %50 = load i32, ptr %49, align 4, !tbaa !6
  %51 = icmp slt i32 %41, %50
  br i1 %51, label %45, label %52, !llvm.loop !134

52:                                               ; preds = %45, %39
  %53 = phi ptr [ %40, %39 ], [ %47, %45 ]
  store i32 %41, ptr %53, align 4, !tbaa !6
  %54 = getelementptr inbounds i8, ptr %40, i64 4
  %55 = icmp eq ptr %54, %5
  br i1 %55, label %88, label %39, !llvm.loop !136

56:                                               ; preds = %3
  %57 = icmp eq ptr %4, %5
  %58 = getelementptr inbounds i8, ptr %4, i64 4
  %59 = icmp eq ptr %58, %5
  %60 = select i1 %57, i1 true, i1 %59
  br i1 %60, label %88, label %61

61:                                               ; preds = %56, %84
  %62 = phi ptr [ %86, %84 ], [ %58, %56 ]
  %63 = phi ptr [ %62, %84 ], [ %4, %56 ]
  %64 = load i32, ptr %62, align 4, !tbaa !6
  %65 = load i32, ptr %4, align 4, !tbaa !6
  %66 = icmp slt i32 %64, %65
  br i1 %66, label %67, label %74

67:                                               ; preds = %61
  %68 = getelementptr inbounds i8, ptr %63, i64 8
  %69 = ptrtoint ptr %62 to i64
  %70 = sub i64 %69, %0
  %71 = ashr exact i64 %70, 2
  %72 = sub nsw i64 0, %71
  %73 = getelementptr inbounds i32, ptr %68, i64 %72
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %73, ptr nonnull align 4 %4, i64 %70, i1 false)
  br label %84

74:                                               ; preds = %61
  %75 = load i32, ptr %63, align 4, !tbaa !6
  %76 = icmp slt i32 %64, %75
  br i1 %76, label %77, label %84

77:                                               ; preds = %74, %77
  %78 = phi i32 [ %82, %77 ], [ %75, %74 ]
  %79 = phi ptr [ %81, %77 ], [ %63, %74 ]
  %80 = phi ptr [ %79, %77 ], [ %62, %74 ]
  store i32 %78, ptr %80, align 4, !tbaa !6
  %81 = getelementptr inbounds i8, ptr %79, i64 -4
  %82 = load i32, ptr %81, align 4, !tbaa !6
  %83 = icmp slt i32 %64, %82
  br i1 %83, label %77, label %84, !llvm.loop !134

84:                                               ; preds = %77, %74, %67
  %85 = phi ptr [ %4, %67 ], [ %62, %74 ], [ %79, %77 ]
  store i32 %64, ptr %85, align 4, !tbaa !6
  %86 = getelementptr inbounds i8, ptr %62, i64 4
  %87 = icmp eq ptr %86, %5
  br i1 %87, label %88, label %61, !llvm.loop !135

88:                                               ; preds = %84, %52, %56, %36
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZSt13__heap_selectIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEENS0_5__ops15_Iter_less_iterEEvT_S9_S9_T0_(i64 %0, i64 %1, i64 %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %1 to ptr
  %6 = inttoptr i64 %2 to ptr
  %7 = inttoptr i64 %0 to ptr
  %8 = sub i64 %1, %0
  %9 = ashr exact i64 %8, 2
  %10 = icmp slt i64 %9, 2
  br i1 %10, label %65, label %11

11:                                               ; preds = %4
  %12 = add nsw i64 %9, -2
  %13 = lshr i64 %12, 1
  %14 = add nsw i64 %9, -1
  %15 = lshr i64 %14, 1
  %16 = and i64 %8, 4
  %17 = icmp eq i64 %16, 0
  %18 = or disjoint i64 %12, 1
  %19 = getelementptr inbounds i32, ptr %7, i64 %18
  %20 = getelementptr inbounds i32, ptr %7, i64 %13
  br label %21

21:                                               ; preds = %60, %11
  %22 = phi i64 [ %13, %11 ], [ %64, %60 ]
  %23 = getelementptr inbounds i32, ptr %7, i64 %22
  %24 = load i32, ptr %23, align 4, !tbaa !6
  %25 = icmp sgt i64 %15, %22
  br i1 %25, label %26, label %41

26:                                               ; preds = %21, %26
  %27 = phi i64 [ %36, %26 ], [ %22, %21 ]
  %28 = shl i64 %27, 1
  %29 = add i64 %28, 2
  %30 = getelementptr inbounds i32, ptr %7, i64 %29
  %31 = or disjoint i64 %28, 1
  %32 = getelementptr inbounds i32, ptr %7, i64 %31
  %33 = load i32, ptr %30, align 4, !tbaa !6
  %34 = load i32, ptr %32, align 4, !tbaa !6
  %35 = icmp slt i32 %33, %34
  %36 = select i1 %35, i64 %31, i64 %29
  %37 = getelementptr inbounds i32, ptr %7, i64 %36
  %38 = load i32, ptr %37, align 4, !tbaa !6
  %39 = getelementptr inbounds i32, ptr %7, i64 %27
  store i32 %38, ptr %39, align 4, !tbaa !6
  %40 = icmp slt i64 %36, %15
  br i1 %40, label %26, label %41, !llvm.loop !127

41:                                               ; preds = %26, %21
  %42 = phi i64 [ %22, %21 ], [ %36, %26 ]
  %43 = icmp eq i64 %42, %13
  %44 = select i1 %17, i1 %43, i1 false
  br i1 %44, label %45, label %47

45:                                               ; preds = %41
  %46 = load i32, ptr %19, align 4, !tbaa !6
  store i32 %46, ptr %20, align 4, !tbaa !6
  br label %47

47:                                               ; preds = %45, %41
  %48 = phi i64 [ %18, %45 ], [ %42, %41 ]
  %49 = icmp sgt i64 %48, %22
  br i1 %49, label %50, label %60

50:                                               ; preds = %47, %57
  %51 = phi i64 [ %53, %57 ], [ %48, %47 ]
  %52 = add nsw i64 %51, -1
  %53 = sdiv i64 %52, 2
  %54 = getelementptr inbounds i32, ptr %7, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !6
  %56 = icmp slt i32 %55, %24
  br i1 %56, label %57, label %60

57:                                               ; preds = %50
  %58 = getelementptr inbounds i32, ptr %7, i64 %51
  store i32 %55, ptr %58, align 4, !tbaa !6
  %59 = icmp sgt i64 %53, %22
  br i1 %59, label %50, label %60, !llvm.loop !128

60:                                               ; preds = %57, %50, %47
  %61 = phi i64 [ %48, %47 ], [ %51, %50 ], [ %53, %57 ]
  %62 = getelementptr inbounds i32, ptr %7, i64 %61
  store i32 %24, ptr %62, align 4, !tbaa !6
  %63 = icmp eq i64 %22, 0
  %64 = add nsw i64 %22, -1
  br i1 %63, label %65, label %21, !llvm.loop !137

65:                                               ; preds = %60, %4
  %66 = icmp ult ptr %5, %6
  br i1 %66, label %67, label %78

67:                                               ; preds = %65
  %68 = add nsw i64 %9, -1
  %69 = sdiv i64 %68, 2
  %70 = icmp sgt i64 %9, 2
  %71 = and i64 %8, 4
  %72 = icmp eq i64 %71, 0
  %73 = add nsw i64 %9, -2
  %74 = ashr exact i64 %73, 1
  %75 = or disjoint i64 %73, 1
  %76 = getelementptr inbounds i32, ptr %7, i64 %75
  %77 = getelementptr inbounds i32, ptr %7, i64 %74
  br label %79

78:                                               ; preds = %122, %65
  ret void

79:                                               ; preds = %67, %122
  %80 = phi ptr [ %5, %67 ], [ %123, %122 ]
  %81 = load i32, ptr %80, align 4, !tbaa !6
  %82 = load i32, ptr %7, align 4, !tbaa !6
  %83 = icmp slt i32 %81, %82
  br i1 %83, label %84, label %122

84:                                               ; preds = %79
  store i32 %82, ptr %80, align 4, !tbaa !6
  br i1 %70, label %85, label %100

85:                                               ; preds = %84, %85
  %86 = phi i64 [ %95, %85 ], [ 0, %84 ]
  %87 = shl i64 %86, 1
  %88 = add i64 %87, 2
  %89 = getelementptr inbounds i32, ptr %7, i64 %88
  %90 = or disjoint i64 %87, 1
  %91 = getelementptr inbounds i32, ptr %7, i64 %90
  %92 = load i32, ptr %89, align 4, !tbaa !6
  %93 = load i32, ptr %91, align 4, !tbaa !6
  %94 = icmp slt i32 %92, %93
  %95 = select i1 %94, i64 %90, i64 %88
  %96 = getelementptr inbounds i32, ptr %7, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !6
  %98 = getelementptr inbounds i32, ptr %7, i64 %86
  store i32 %97, ptr %98, align 4, !tbaa !6
  %99 = icmp slt i64 %95, %69
  br i1 %99, label %85, label %100, !llvm.loop !127

100:                                              ; preds = %85, %84
  %101 = phi i64 [ 0, %84 ], [ %95, %85 ]
  %102 = icmp eq i64 %101, %74
  %103 = select i1 %72, i1 %102, i1 false
  br i1 %103, label %104, label %106

104:                                              ; preds = %100
  %105 = load i32, ptr %76, align 4, !tbaa !6
  store i32 %105, ptr %77, align 4, !tbaa !6
  br label %106

106:                                              ; preds = %104, %100
  %107 = phi i64 [ %75, %104 ], [ %101, %100 ]
  %108 = icmp sgt i64 %107, 0
  br i1 %108, label %109, label %119

109:                                              ; preds = %106, %116
  %110 = phi i64 [ %112, %116 ], [ %107, %106 ]
  %111 = add nsw i64 %110, -1
  %112 = lshr i64 %111, 1
  %113 = getelementptr inbounds i32, ptr %7, i64 %112
  %114 = load i32, ptr %113, align 4, !tbaa !6
  %115 = icmp slt i32 %114, %81
  br i1 %115, label %116, label %119

116:                                              ; preds = %109
  %117 = getelementptr inbounds i32, ptr %7, i64 %110
  store i32 %114, ptr %117, align 4, !tbaa !6
  %118 = icmp ult i64 %111, 2
  br i1 %118, label %119, label %109, !llvm.loop !128

119:                                              ; preds = %109, %116, %106
  %120 = phi i64 [ %107, %106 ], [ %110, %109 ], [ 0, %116 ]
  %121 = getelementptr inbounds i32, ptr %7, i64 %120
  store i32 %81, ptr %121, align 4, !tbaa !6
  br label %122

122:                                              ; preds = %79, %119
  %123 = getelementptr inbounds i8, ptr %80, i64 4
  %124 = icmp ult ptr %123, %6
  br i1 %124, label %79, label %78, !llvm.loop !138
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.ctlz.i64(i64, i1 immarg) #13

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local i64 @_ZNSt3_V28__rotateIN9__gnu_cxx17__normal_iteratorIPiSt6vectorIiSaIiEEEEEET_S8_S8_S8_St26random_access_iterator_tag(i64 %0, i64 %1, i64 %2, i8 %3) local_unnamed_addr #4 comdat {
  %5 = inttoptr i64 %0 to ptr
  %6 = inttoptr i64 %1 to ptr
  %7 = inttoptr i64 %2 to ptr
  %8 = icmp eq ptr %5, %6
  br i1 %8, label %231, label %9

9:                                                ; preds = %4
  %10 = icmp eq ptr %7, %6
  br i1 %10, label %231, label %11

11:                                               ; preds = %9
  %12 = sub i64 %2, %0
  %13 = ashr exact i64 %12, 2
  %14 = sub i64 %1, %0
  %15 = ashr exact i64 %14, 2
  %16 = sub nsw i64 %13, %15
  %17 = icmp eq i64 %15, %16
  br i1 %17, label %18, label %67

18:                                               ; preds = %11
  %19 = add i64 %1, -4
  %20 = sub i64 %19, %0
  %21 = lshr i64 %20, 2
  %22 = add nuw nsw i64 %21, 1
  %23 = icmp ult i64 %20, 44
  br i1 %23, label %56, label %24

24:                                               ; preds = %18
  %25 = add i64 %1, -4
  %26 = sub i64 %25, %0
  %27 = and i64 %26, -4
  %28 = add i64 %27, 4
  %29 = getelementptr i8, ptr %5, i64 %28
  %30 = getelementptr i8, ptr %6, i64 %28
  %31 = icmp ugt ptr %30, %5
  %32 = icmp ugt ptr %29, %6
  %33 = and i1 %31, %32
  br i1 %33, label %56, label %34

34:                                               ; preds = %24
  %35 = and i64 %22, 9223372036854775800
  %36 = shl i64 %35, 2
  %37 = getelementptr i8, ptr %6, i64 %36
  %38 = shl i64 %35, 2
  %39 = getelementptr i8, ptr %5, i64 %38
  br label %40

40:                                               ; preds = %40, %34
  %41 = phi i64 [ 0, %34 ], [ %52, %40 ]
  %42 = shl i64 %41, 2
  %43 = getelementptr i8, ptr %6, i64 %42
  %44 = shl i64 %41, 2
  %45 = getelementptr i8, ptr %5, i64 %44
  %46 = getelementptr i8, ptr %45, i64 16
  %47 = load <4 x i32>, ptr %45, align 4, !tbaa !6, !alias.scope !139, !noalias !142
  %48 = load <4 x i32>, ptr %46, align 4, !tbaa !6, !alias.scope !139, !noalias !142
  %49 = getelementptr i8, ptr %43, i64 16
  %50 = load <4 x i32>, ptr %43, align 4, !tbaa !6, !alias.scope !142
  %51 = load <4 x i32>, ptr %49, align 4, !tbaa !6, !alias.scope !142
  store <4 x i32> %50, ptr %45, align 4, !tbaa !6, !alias.scope !139, !noalias !142
  store <4 x i32> %51, ptr %46, align 4, !tbaa !6, !alias.scope !139, !noalias !142
  store <4 x i32> %47, ptr %43, align 4, !tbaa !6, !alias.scope !142
  store <4 x i32> %48, ptr %49, align 4, !tbaa !6, !alias.scope !142
  %52 = add nuw i64 %41, 8
  %53 = icmp eq i64 %52, %35
  br i1 %53, label %54, label %40, !llvm.loop !144

54:                                               ; preds = %40
  %55 = icmp eq i64 %22, %35
  br i1 %55, label %231, label %56

56:                                               ; preds = %54, %24, %18
  %57 = phi ptr [ %6, %24 ], [ %6, %18 ], [ %37, %54 ]
  %58 = phi ptr [ %5, %24 ], [ %5, %18 ], [ %39, %54 ]
  br label %59

59:                                               ; preds = %56, %59
  %60 = phi ptr [ %65, %59 ], [ %57, %56 ]
  %61 = phi ptr [ %64, %59 ], [ %58, %56 ]
  %62 = load i32, ptr %61, align 4, !tbaa !6
  %63 = load i32, ptr %60, align 4, !tbaa !6
  store i32 %63, ptr %61, align 4, !tbaa !6
  store i32 %62, ptr %60, align 4, !tbaa !6
  %64 = getelementptr inbounds i8, ptr %61, i64 4
  %65 = getelementptr inbounds i8, ptr %60, i64 4
  %66 = icmp eq ptr %64, %6
  br i1 %66, label %231, label %59, !llvm.loop !145

67:                                               ; preds = %11
  %68 = sub i64 %2, %1
  %69 = getelementptr inbounds i8, ptr %5, i64 %68
  br label %70

70:                                               ; preds = %217, %67
  %71 = phi ptr [ %5, %67 ], [ %218, %217 ]
  %72 = phi i64 [ %15, %67 ], [ %219, %217 ]
  %73 = phi i64 [ %13, %67 ], [ %220, %217 ]
  %74 = sub nsw i64 %73, %72
  %75 = icmp slt i64 %72, %74
  br i1 %75, label %76, label %144

76:                                               ; preds = %70
  %77 = icmp eq i64 %72, 1
  br i1 %77, label %78, label %88

78:                                               ; preds = %76
  %79 = load i32, ptr %71, align 4, !tbaa !6
  %80 = shl nsw i64 %73, 2
  %81 = getelementptr inbounds i8, ptr %71, i64 %80
  %82 = icmp eq i64 %73, 1
  br i1 %82, label %86, label %83

83:                                               ; preds = %78
  %84 = getelementptr inbounds i8, ptr %71, i64 4
  %85 = add nsw i64 %80, -4
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 4 %71, ptr nonnull align 4 %84, i64 %85, i1 false)
  br label %86

86:                                               ; preds = %78, %83
  %87 = getelementptr inbounds i8, ptr %81, i64 -4
  store i32 %79, ptr %87, align 4, !tbaa !6
  br label %231

88:                                               ; preds = %76
  %89 = icmp sgt i64 %74, 0
  br i1 %89, label %90, label %128

90:                                               ; preds = %88
  %91 = getelementptr i32, ptr %71, i64 %72
  %92 = icmp ult i64 %74, 8
  br i1 %92, label %93, label %97

93:                                               ; preds = %126, %97, %90
  %94 = phi i64 [ 0, %97 ], [ 0, %90 ], [ %107, %126 ]
  %95 = phi ptr [ %71, %97 ], [ %71, %90 ], [ %109, %126 ]
  %96 = phi ptr [ %91, %97 ], [ %91, %90 ], [ %111, %126 ]
  br label %132

97:                                               ; preds = %90
  %98 = shl i64 %73, 2
  %99 = sub i64 %73, %72
  %100 = shl i64 %99, 2
  %101 = getelementptr i8, ptr %71, i64 %100
  %102 = getelementptr i8, ptr %71, i64 %98
  %103 = icmp ult ptr %71, %102
  %104 = icmp ult ptr %91, %101
  %105 = and i1 %103, %104
  br i1 %105, label %93, label %106

106:                                              ; preds = %97
  %107 = and i64 %74, 9223372036854775800
  %108 = shl i64 %107, 2
  %109 = getelementptr i8, ptr %71, i64 %108
  %110 = shl i64 %107, 2
  %111 = getelementptr i8, ptr %91, i64 %110
  br label %112

112:                                              ; preds = %112, %106
  %113 = phi i64 [ 0, %106 ], [ %124, %112 ]
  %114 = shl i64 %113, 2
  %115 = getelementptr i8, ptr %71, i64 %114
  %116 = shl i64 %113, 2
  %117 = getelementptr i8, ptr %91, i64 %116
  %118 = getelementptr i8, ptr %115, i64 16
  %119 = load <4 x i32>, ptr %115, align 4, !tbaa !6, !alias.scope !146, !noalias !149
  %120 = load <4 x i32>, ptr %118, align 4, !tbaa !6, !alias.scope !146, !noalias !149
  %121 = getelementptr i8, ptr %117, i64 16
  %122 = load <4 x i32>, ptr %117, align 4, !tbaa !6, !alias.scope !149
  %123 = load <4 x i32>, ptr %121, align 4, !tbaa !6, !alias.scope !149
  store <4 x i32> %122, ptr %115, align 4, !tbaa !6, !alias.scope !146, !noalias !149
  store <4 x i32> %123, ptr %118, align 4, !tbaa !6, !alias.scope !146, !noalias !149
  store <4 x i32> %119, ptr %117, align 4, !tbaa !6, !alias.scope !149
  store <4 x i32> %120, ptr %121, align 4, !tbaa !6, !alias.scope !149
  %124 = add nuw i64 %113, 8
  %125 = icmp eq i64 %124, %107
  br i1 %125, label %126, label %112, !llvm.loop !151

126:                                              ; preds = %112
  %127 = icmp eq i64 %74, %107
  br i1 %127, label %128, label %93

128:                                              ; preds = %132, %126, %88
  %129 = phi ptr [ %71, %88 ], [ %109, %126 ], [ %138, %132 ]
  %130 = srem i64 %73, %72
  %131 = icmp eq i64 %130, 0
  br i1 %131, label %231, label %142

132:                                              ; preds = %93, %132
  %133 = phi i64 [ %140, %132 ], [ %94, %93 ]
  %134 = phi ptr [ %138, %132 ], [ %95, %93 ]
  %135 = phi ptr [ %139, %132 ], [ %96, %93 ]
  %136 = load i32, ptr %134, align 4, !tbaa !6
  %137 = load i32, ptr %135, align 4, !tbaa !6
  store i32 %137, ptr %134, align 4, !tbaa !6
  store i32 %136, ptr %135, align 4, !tbaa !6
  %138 = getelementptr inbounds i8, ptr %134, i64 4
  %139 = getelementptr inbounds i8, ptr %135, i64 4
  %140 = add nuw nsw i64 %133, 1
  %141 = icmp eq i64 %140, %74
  br i1 %141, label %128, label %132, !llvm.loop !152

142:                                              ; preds = %128
  %143 = sub nsw i64 %72, %130
  br label %217

144:                                              ; preds = %70
  %145 = icmp eq i64 %74, 1
  %146 = getelementptr i32, ptr %71, i64 %73
  br i1 %145, label %147, label %159

147:                                              ; preds = %144
  %148 = getelementptr inbounds i8, ptr %146, i64 -4
  %149 = load i32, ptr %148, align 4, !tbaa !6
  %150 = icmp eq ptr %148, %71
  br i1 %150, label %158, label %151

151:                                              ; preds = %147
  %152 = ptrtoint ptr %148 to i64
  %153 = ptrtoint ptr %71 to i64
  %154 = sub i64 %152, %153
  %155 = ashr exact i64 %154, 2
  %156 = sub nsw i64 0, %155
  %157 = getelementptr inbounds i32, ptr %146, i64 %156
  tail call void @llvm.memmove.p0.p0.i64(ptr align 4 %157, ptr nonnull align 4 %71, i64 %154, i1 false)
  br label %158

158:                                              ; preds = %147, %151
  store i32 %149, ptr %71, align 4, !tbaa !6
  br label %231

159:                                              ; preds = %144
  %160 = sub i64 0, %74
  %161 = getelementptr i32, ptr %146, i64 %160
  %162 = icmp sgt i64 %72, 0
  br i1 %162, label %163, label %213

163:                                              ; preds = %159
  %164 = icmp ult i64 %72, 20
  br i1 %164, label %165, label %169

165:                                              ; preds = %211, %186, %169, %163
  %166 = phi i64 [ 0, %186 ], [ 0, %169 ], [ 0, %163 ], [ %194, %211 ]
  %167 = phi ptr [ %146, %186 ], [ %146, %169 ], [ %146, %163 ], [ %196, %211 ]
  %168 = phi ptr [ %161, %186 ], [ %161, %169 ], [ %161, %163 ], [ %198, %211 ]
  br label %221

169:                                              ; preds = %163
  %170 = add nsw i64 %72, -1
  %171 = getelementptr i8, ptr %71, i64 -4
  %172 = shl i64 %72, 2
  %173 = getelementptr i8, ptr %171, i64 %172
  %174 = mul i64 %170, -4
  %175 = getelementptr i8, ptr %173, i64 %174
  %176 = icmp ugt ptr %175, %173
  %177 = getelementptr i8, ptr %71, i64 -4
  %178 = shl i64 %73, 2
  %179 = getelementptr i8, ptr %177, i64 %178
  %180 = mul i64 %170, -4
  %181 = icmp ugt i64 %170, 4611686018427387903
  %182 = getelementptr i8, ptr %179, i64 %180
  %183 = icmp ugt ptr %182, %179
  %184 = or i1 %183, %181
  %185 = or i1 %176, %184
  br i1 %185, label %165, label %186

186:                                              ; preds = %169
  %187 = sub i64 %73, %72
  %188 = shl i64 %187, 2
  %189 = getelementptr i8, ptr %71, i64 %188
  %190 = icmp ult ptr %71, %146
  %191 = icmp ult ptr %189, %161
  %192 = and i1 %190, %191
  br i1 %192, label %165, label %193

193:                                              ; preds = %186
  %194 = and i64 %72, 9223372036854775804
  %195 = mul i64 %194, -4
  %196 = getelementptr i8, ptr %146, i64 %195
  %197 = mul i64 %194, -4
  %198 = getelementptr i8, ptr %161, i64 %197
  %199 = getelementptr i8, ptr %161, i64 -16
  %200 = getelementptr i8, ptr %146, i64 -16
  br label %201

201:                                              ; preds = %201, %193
  %202 = phi i64 [ 0, %193 ], [ %209, %201 ]
  %203 = mul i64 %202, -4
  %204 = mul i64 %202, -4
  %205 = getelementptr i8, ptr %199, i64 %204
  %206 = load <4 x i32>, ptr %205, align 4, !tbaa !6, !alias.scope !153, !noalias !156
  %207 = getelementptr i8, ptr %200, i64 %203
  %208 = load <4 x i32>, ptr %207, align 4, !tbaa !6, !alias.scope !156
  store <4 x i32> %208, ptr %205, align 4, !tbaa !6, !alias.scope !153, !noalias !156
  store <4 x i32> %206, ptr %207, align 4, !tbaa !6, !alias.scope !156
  %209 = add nuw i64 %202, 4
  %210 = icmp eq i64 %209, %194
  br i1 %210, label %211, label %201, !llvm.loop !158

211:                                              ; preds = %201
  %212 = icmp eq i64 %72, %194
  br i1 %212, label %213, label %165

213:                                              ; preds = %221, %211, %159
  %214 = phi ptr [ %161, %159 ], [ %71, %211 ], [ %71, %221 ]
  %215 = srem i64 %73, %74
  %216 = icmp eq i64 %215, 0
  br i1 %216, label %231, label %217

217:                                              ; preds = %213, %142
  %218 = phi ptr [ %129, %142 ], [ %214, %213 ]
  %219 = phi i64 [ %143, %142 ], [ %215, %213 ]
  %220 = phi i64 [ %72, %142 ], [ %74, %213 ]
  br label %70, !llvm.loop !159

221:                                              ; preds = %165, %221
  %222 = phi i64 [ %229, %221 ], [ %166, %165 ]
  %223 = phi ptr [ %226, %221 ], [ %167, %165 ]
  %224 = phi ptr [ %225, %221 ], [ %168, %165 ]
  %225 = getelementptr inbounds i8, ptr %224, i64 -4
  %226 = getelementptr inbounds i8, ptr %223, i64 -4
  %227 = load i32, ptr %225, align 4, !tbaa !6
  %228 = load i32, ptr %226, align 4, !tbaa !6
  store i32 %228, ptr %225, align 4, !tbaa !6
  store i32 %227, ptr %226, align 4, !tbaa !6
  %229 = add nuw nsw i64 %222, 1
  %230 = icmp eq i64 %229, %72
  br i1 %230, label %213, label %221, !llvm.loop !160

231:                                              ; preds = %213, %128, %59, %54, %158, %86, %9, %4
  %232 = phi ptr [ %7, %4 ], [ %5, %9 ], [ %69, %158 ], [ %69, %86 ], [ %6, %54 ], [ %6, %59 ], [ %69, %128 ], [ %69, %213 ]
  %233 = ptrtoint ptr %232 to i64
  ret i64 %233
}

; Function Attrs: noreturn
declare void @_ZSt19__throw_logic_errorPKc(ptr noundef) local_unnamed_addr #9

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr nocapture noundef) local_unnamed_addr #14

declare noundef ptr @_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE9_M_createERmm(ptr noundef nonnull align 8 dereferenceable(32), ptr noundef nonnull align 8 dereferenceable(8), i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local i64 @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE22_M_emplace_hint_uniqueIJRKSt21piecewise_construct_tSt5tupleIJOS5_EESJ_IJEEEEESt17_Rb_tree_iteratorIS8_ESt23_Rb_tree_const_iteratorIS8_EDpOT_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 1 dereferenceable(1) %2, ptr noundef nonnull align 8 dereferenceable(8) %3, ptr noundef nonnull align 1 dereferenceable(1) %4) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %6 = alloca %"struct.std::_Rb_tree<std::__cxx11::basic_string<char>, std::pair<const std::__cxx11::basic_string<char>, int>, std::_Select1st<std::pair<const std::__cxx11::basic_string<char>, int>>, std::less<std::__cxx11::basic_string<char>>>::_Auto_node", align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %6) #24
  store ptr %0, ptr %6, align 8, !tbaa !33
  %7 = tail call noalias noundef nonnull dereferenceable(72) ptr @_Znwm(i64 noundef 72) #22
  %8 = getelementptr inbounds i8, ptr %7, i64 32
  %9 = load i64, ptr %3, align 8, !tbaa !33
  %10 = inttoptr i64 %9 to ptr
  %11 = getelementptr inbounds i8, ptr %7, i64 48
  store ptr %11, ptr %8, align 8, !tbaa !34
  %12 = load ptr, ptr %10, align 8, !tbaa !37
  %13 = getelementptr inbounds i8, ptr %10, i64 16
  %14 = icmp eq ptr %12, %13
  br i1 %14, label %15, label %21

15:                                               ; preds = %5
  %16 = getelementptr inbounds i8, ptr %10, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = add i64 %17, 1
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %25, label %20

20:                                               ; preds = %15
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %11, ptr nonnull align 8 %13, i64 %18, i1 false)
  br label %25

21:                                               ; preds = %5
  store ptr %12, ptr %8, align 8, !tbaa !37
  %22 = load i64, ptr %13, align 8, !tbaa !39
  store i64 %22, ptr %11, align 8, !tbaa !39
  %23 = getelementptr inbounds i8, ptr %10, i64 8
  %24 = load i64, ptr %23, align 8, !tbaa !40
  br label %25

25:                                               ; preds = %21, %20, %15
  %26 = phi i64 [ -1, %15 ], [ %17, %20 ], [ %24, %21 ]
  %27 = getelementptr inbounds i8, ptr %6, i64 8
  %28 = getelementptr inbounds i8, ptr %10, i64 8
  %29 = getelementptr inbounds i8, ptr %7, i64 40
  store i64 %26, ptr %29, align 8, !tbaa !40
  store ptr %13, ptr %10, align 8, !tbaa !37
  store i64 0, ptr %28, align 8, !tbaa !40
  store i8 0, ptr %13, align 1, !tbaa !39
  %30 = getelementptr inbounds i8, ptr %7, i64 64
  store i32 0, ptr %30, align 8, !tbaa !161
  store ptr %7, ptr %27, align 8, !tbaa !163
  %31 = invoke [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %8)
          to label %32 unwind label %68

32:                                               ; preds = %25
  %33 = extractvalue [2 x i64] %31, 1
  %34 = icmp eq i64 %33, 0
  %35 = extractvalue [2 x i64] %31, 0
  br i1 %34, label %70, label %36

36:                                               ; preds = %32
  %37 = inttoptr i64 %33 to ptr
  %38 = icmp ne i64 %35, 0
  %39 = getelementptr inbounds i8, ptr %0, i64 8
  %40 = icmp eq ptr %39, %37
  %41 = select i1 %38, i1 true, i1 %40
  br i1 %41, label %62, label %42

42:                                               ; preds = %36
  %43 = load i64, ptr %29, align 8, !tbaa !40
  %44 = getelementptr inbounds i8, ptr %37, i64 40
  %45 = load i64, ptr %44, align 8, !tbaa !40
  %46 = tail call i64 @llvm.umin.i64(i64 %45, i64 %43)
  %47 = icmp eq i64 %46, 0
  br i1 %47, label %54, label %48

48:                                               ; preds = %42
  %49 = getelementptr inbounds i8, ptr %37, i64 32
  %50 = load ptr, ptr %49, align 8, !tbaa !37
  %51 = load ptr, ptr %8, align 8, !tbaa !37
  %52 = tail call i32 @memcmp(ptr noundef %51, ptr noundef %50, i64 noundef %46) #24
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %54, label %59

54:                                               ; preds = %48, %42
  %55 = sub i64 %43, %45
  %56 = tail call i64 @llvm.smax.i64(i64 %55, i64 -2147483648)
  %57 = tail call i64 @llvm.smin.i64(i64 %56, i64 2147483647)
  %58 = trunc nsw i64 %57 to i32
  br label %59

59:                                               ; preds = %54, %48
  %60 = phi i32 [ %52, %48 ], [ %58, %54 ]
  %61 = icmp slt i32 %60, 0
  br label %62

62:                                               ; preds = %36, %59
  %63 = phi i1 [ true, %36 ], [ %61, %59 ]
  tail call void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef %63, ptr noundef nonnull %7, ptr noundef nonnull %37, ptr noundef nonnull align 8 dereferenceable(32) %39) #24
  %64 = getelementptr inbounds i8, ptr %0, i64 40
  %65 = load i64, ptr %64, align 8, !tbaa !32
  %66 = add i64 %65, 1
  store i64 %66, ptr %64, align 8, !tbaa !32
  %67 = ptrtoint ptr %7 to i64
  br label %77

68:                                               ; preds = %25
  %69 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %6) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #24
  resume { ptr, i32 } %69

70:                                               ; preds = %32
  %71 = load ptr, ptr %8, align 8, !tbaa !37
  %72 = icmp eq ptr %71, %11
  br i1 %72, label %76, label %73

73:                                               ; preds = %70
  %74 = load i64, ptr %11, align 8, !tbaa !39
  %75 = add i64 %74, 1
  tail call void @_ZdlPvm(ptr noundef %71, i64 noundef %75) #23
  br label %76

76:                                               ; preds = %73, %70
  tail call void @_ZdlPvm(ptr noundef nonnull %7, i64 noundef 72) #23
  br label %77

77:                                               ; preds = %62, %76
  %78 = phi i64 [ %67, %62 ], [ %35, %76 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %6) #24
  ret i64 %78
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(argmem: read)
declare i32 @memcmp(ptr nocapture noundef, ptr nocapture noundef, i64 noundef) local_unnamed_addr #14

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIS8_ERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 8 dereferenceable(32) %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = icmp eq ptr %5, %4
  br i1 %6, label %7, label %40

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  %9 = load i64, ptr %8, align 8, !tbaa !32
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %34, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = load ptr, ptr %12, align 8, !tbaa !33
  %14 = getelementptr inbounds i8, ptr %13, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !40
  %16 = getelementptr inbounds i8, ptr %2, i64 8
  %17 = load i64, ptr %16, align 8, !tbaa !40
  %18 = tail call i64 @llvm.umin.i64(i64 %17, i64 %15)
  %19 = icmp eq i64 %18, 0
  br i1 %19, label %26, label %20

20:                                               ; preds = %11
  %21 = getelementptr inbounds i8, ptr %13, i64 32
  %22 = load ptr, ptr %2, align 8, !tbaa !37
  %23 = load ptr, ptr %21, align 8, !tbaa !37
  %24 = tail call i32 @memcmp(ptr noundef %23, ptr noundef %22, i64 noundef %18) #24
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %20, %11
  %27 = sub i64 %15, %17
  %28 = tail call i64 @llvm.smax.i64(i64 %27, i64 -2147483648)
  %29 = tail call i64 @llvm.smin.i64(i64 %28, i64 2147483647)
  %30 = trunc nsw i64 %29 to i32
  br label %31

31:                                               ; preds = %20, %26
  %32 = phi i32 [ %24, %20 ], [ %30, %26 ]
  %33 = icmp slt i32 %32, 0
  br i1 %33, label %144, label %34

34:                                               ; preds = %31, %7
  %35 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %36 = extractvalue [2 x i64] %35, 0
  %37 = inttoptr i64 %36 to ptr
  %38 = extractvalue [2 x i64] %35, 1
  %39 = inttoptr i64 %38 to ptr
  br label %144

40:                                               ; preds = %3
  %41 = getelementptr inbounds i8, ptr %2, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !40
  %43 = getelementptr inbounds i8, ptr %4, i64 40
  %44 = load i64, ptr %43, align 8, !tbaa !40
  %45 = tail call i64 @llvm.umin.i64(i64 %44, i64 %42)
  %46 = icmp eq i64 %45, 0
  br i1 %46, label %53, label %47

47:                                               ; preds = %40
  %48 = getelementptr inbounds i8, ptr %4, i64 32
  %49 = load ptr, ptr %48, align 8, !tbaa !37
  %50 = load ptr, ptr %2, align 8, !tbaa !37
  %51 = tail call i32 @memcmp(ptr noundef %50, ptr noundef %49, i64 noundef %45) #24
  %52 = icmp eq i32 %51, 0
  br i1 %52, label %56, label %59

53:                                               ; preds = %40
  %54 = sub i64 %42, %44
  %55 = icmp slt i64 %54, 0
  br i1 %55, label %61, label %100

56:                                               ; preds = %47
  %57 = sub i64 %42, %44
  %58 = icmp slt i64 %57, 0
  br i1 %58, label %61, label %97

59:                                               ; preds = %47
  %60 = icmp slt i32 %51, 0
  br i1 %60, label %61, label %97

61:                                               ; preds = %56, %59, %53
  %62 = getelementptr inbounds i8, ptr %0, i64 24
  %63 = load ptr, ptr %62, align 8, !tbaa !33
  %64 = icmp eq ptr %63, %4
  br i1 %64, label %144, label %65

65:                                               ; preds = %61
  %66 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #25
  %67 = getelementptr inbounds i8, ptr %66, i64 40
  %68 = load i64, ptr %67, align 8, !tbaa !40
  %69 = tail call i64 @llvm.umin.i64(i64 %42, i64 %68)
  %70 = icmp eq i64 %69, 0
  br i1 %70, label %77, label %71

71:                                               ; preds = %65
  %72 = getelementptr inbounds i8, ptr %66, i64 32
  %73 = load ptr, ptr %2, align 8, !tbaa !37
  %74 = load ptr, ptr %72, align 8, !tbaa !37
  %75 = tail call i32 @memcmp(ptr noundef %74, ptr noundef %73, i64 noundef %69) #24
  %76 = icmp eq i32 %75, 0
  br i1 %76, label %77, label %82

77:                                               ; preds = %71, %65
  %78 = sub i64 %68, %42
  %79 = tail call i64 @llvm.smax.i64(i64 %78, i64 -2147483648)
  %80 = tail call i64 @llvm.smin.i64(i64 %79, i64 2147483647)
  %81 = trunc nsw i64 %80 to i32
  br label %82

82:                                               ; preds = %71, %77
  %83 = phi i32 [ %75, %71 ], [ %81, %77 ]
  %84 = icmp slt i32 %83, 0
  br i1 %84, label %85, label %91

85:                                               ; preds = %82
  %86 = getelementptr inbounds i8, ptr %66, i64 24
  %87 = load ptr, ptr %86, align 8, !tbaa !123
  %88 = icmp eq ptr %87, null
  %89 = select i1 %88, ptr null, ptr %4
  %90 = select i1 %88, ptr %66, ptr %4
  br label %144

91:                                               ; preds = %82
  %92 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %93 = extractvalue [2 x i64] %92, 0
  %94 = inttoptr i64 %93 to ptr
  %95 = extractvalue [2 x i64] %92, 1
  %96 = inttoptr i64 %95 to ptr
  br label %144

97:                                               ; preds = %56, %59
  %98 = tail call i32 @memcmp(ptr noundef %49, ptr noundef %50, i64 noundef %45) #24
  %99 = icmp eq i32 %98, 0
  br i1 %99, label %100, label %105

100:                                              ; preds = %53, %97
  %101 = sub i64 %44, %42
  %102 = tail call i64 @llvm.smax.i64(i64 %101, i64 -2147483648)
  %103 = tail call i64 @llvm.smin.i64(i64 %102, i64 2147483647)
  %104 = trunc nsw i64 %103 to i32
  br label %105

105:                                              ; preds = %97, %100
  %106 = phi i32 [ %98, %97 ], [ %104, %100 ]
  %107 = icmp slt i32 %106, 0
  br i1 %107, label %108, label %144

108:                                              ; preds = %105
  %109 = getelementptr inbounds i8, ptr %0, i64 32
  %110 = load ptr, ptr %109, align 8, !tbaa !33
  %111 = icmp eq ptr %110, %4
  br i1 %111, label %144, label %112

112:                                              ; preds = %108
  %113 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #25
  %114 = getelementptr inbounds i8, ptr %113, i64 40
  %115 = load i64, ptr %114, align 8, !tbaa !40
  %116 = tail call i64 @llvm.umin.i64(i64 %115, i64 %42)
  %117 = icmp eq i64 %116, 0
  br i1 %117, label %124, label %118

118:                                              ; preds = %112
  %119 = getelementptr inbounds i8, ptr %113, i64 32
  %120 = load ptr, ptr %119, align 8, !tbaa !37
  %121 = load ptr, ptr %2, align 8, !tbaa !37
  %122 = tail call i32 @memcmp(ptr noundef %121, ptr noundef %120, i64 noundef %116) #24
  %123 = icmp eq i32 %122, 0
  br i1 %123, label %124, label %129

124:                                              ; preds = %118, %112
  %125 = sub i64 %42, %115
  %126 = tail call i64 @llvm.smax.i64(i64 %125, i64 -2147483648)
  %127 = tail call i64 @llvm.smin.i64(i64 %126, i64 2147483647)
  %128 = trunc nsw i64 %127 to i32
  br label %129

129:                                              ; preds = %118, %124
  %130 = phi i32 [ %122, %118 ], [ %128, %124 ]
  %131 = icmp slt i32 %130, 0
  br i1 %131, label %132, label %138

132:                                              ; preds = %129
  %133 = getelementptr inbounds i8, ptr %4, i64 24
  %134 = load ptr, ptr %133, align 8, !tbaa !123
  %135 = icmp eq ptr %134, null
  %136 = select i1 %135, ptr null, ptr %113
  %137 = select i1 %135, ptr %4, ptr %113
  br label %144

138:                                              ; preds = %129
  %139 = tail call [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %2)
  %140 = extractvalue [2 x i64] %139, 0
  %141 = inttoptr i64 %140 to ptr
  %142 = extractvalue [2 x i64] %139, 1
  %143 = inttoptr i64 %142 to ptr
  br label %144

144:                                              ; preds = %132, %85, %105, %138, %108, %91, %61, %31, %34
  %145 = phi ptr [ %37, %34 ], [ null, %31 ], [ %94, %91 ], [ %4, %61 ], [ %141, %138 ], [ null, %108 ], [ %4, %105 ], [ %89, %85 ], [ %136, %132 ]
  %146 = phi ptr [ %39, %34 ], [ %13, %31 ], [ %96, %91 ], [ %4, %61 ], [ %143, %138 ], [ %4, %108 ], [ null, %105 ], [ %90, %85 ], [ %137, %132 ]
  %147 = ptrtoint ptr %145 to i64
  %148 = insertvalue [2 x i64] poison, i64 %147, 0
  %149 = ptrtoint ptr %146 to i64
  %150 = insertvalue [2 x i64] %148, i64 %149, 1
  ret [2 x i64] %150
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !163
  %4 = icmp eq ptr %3, null
  br i1 %4, label %14, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 32
  %7 = load ptr, ptr %6, align 8, !tbaa !37
  %8 = getelementptr inbounds i8, ptr %3, i64 48
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %5
  %11 = load i64, ptr %8, align 8, !tbaa !39
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #23
  br label %13

13:                                               ; preds = %5, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef 72) #23
  br label %14

14:                                               ; preds = %13, %1
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE24_M_get_insert_unique_posERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !33
  %6 = icmp eq ptr %5, null
  br i1 %6, label %35, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !40
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %27
  %12 = phi ptr [ %5, %7 ], [ %32, %27 ]
  %13 = getelementptr inbounds i8, ptr %12, i64 40
  %14 = load i64, ptr %13, align 8, !tbaa !40
  %15 = tail call i64 @llvm.umin.i64(i64 %14, i64 %9)
  %16 = icmp eq i64 %15, 0
  br i1 %16, label %22, label %17

17:                                               ; preds = %11
  %18 = getelementptr inbounds i8, ptr %12, i64 32
  %19 = load ptr, ptr %18, align 8, !tbaa !37
  %20 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %19, i64 noundef %15) #24
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %22, label %27

22:                                               ; preds = %17, %11
  %23 = sub i64 %9, %14
  %24 = tail call i64 @llvm.smax.i64(i64 %23, i64 -2147483648)
  %25 = tail call i64 @llvm.smin.i64(i64 %24, i64 2147483647)
  %26 = trunc nsw i64 %25 to i32
  br label %27

27:                                               ; preds = %17, %22
  %28 = phi i32 [ %20, %17 ], [ %26, %22 ]
  %29 = icmp slt i32 %28, 0
  %30 = select i1 %29, i64 16, i64 24
  %31 = getelementptr inbounds i8, ptr %12, i64 %30
  %32 = load ptr, ptr %31, align 8, !tbaa !33
  %33 = icmp eq ptr %32, null
  br i1 %33, label %34, label %11, !llvm.loop !165

34:                                               ; preds = %27
  br i1 %29, label %35, label %42

35:                                               ; preds = %2, %34
  %36 = phi ptr [ %12, %34 ], [ %4, %2 ]
  %37 = getelementptr inbounds i8, ptr %0, i64 24
  %38 = load ptr, ptr %37, align 8, !tbaa !30
  %39 = icmp eq ptr %36, %38
  br i1 %39, label %68, label %40

40:                                               ; preds = %35
  %41 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %36) #25
  br label %42

42:                                               ; preds = %40, %34
  %43 = phi ptr [ %36, %40 ], [ %12, %34 ]
  %44 = phi ptr [ %41, %40 ], [ %12, %34 ]
  %45 = getelementptr inbounds i8, ptr %44, i64 40
  %46 = load i64, ptr %45, align 8, !tbaa !40
  %47 = getelementptr inbounds i8, ptr %1, i64 8
  %48 = load i64, ptr %47, align 8, !tbaa !40
  %49 = tail call i64 @llvm.umin.i64(i64 %48, i64 %46)
  %50 = icmp eq i64 %49, 0
  br i1 %50, label %57, label %51

51:                                               ; preds = %42
  %52 = getelementptr inbounds i8, ptr %44, i64 32
  %53 = load ptr, ptr %1, align 8, !tbaa !37
  %54 = load ptr, ptr %52, align 8, !tbaa !37
  %55 = tail call i32 @memcmp(ptr noundef %54, ptr noundef %53, i64 noundef %49) #24
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %57, label %62

57:                                               ; preds = %51, %42
  %58 = sub i64 %46, %48
  %59 = tail call i64 @llvm.smax.i64(i64 %58, i64 -2147483648)
  %60 = tail call i64 @llvm.smin.i64(i64 %59, i64 2147483647)
  %61 = trunc nsw i64 %60 to i32
  br label %62

62:                                               ; preds = %51, %57
  %63 = phi i32 [ %55, %51 ], [ %61, %57 ]
  %64 = icmp slt i32 %63, 0
  %65 = ptrtoint ptr %44 to i64
  %66 = select i1 %64, ptr %43, ptr null
  %67 = select i1 %64, i64 0, i64 %65
  br label %68

68:                                               ; preds = %62, %35
  %69 = phi i64 [ 0, %35 ], [ %67, %62 ]
  %70 = phi ptr [ %36, %35 ], [ %66, %62 ]
  %71 = insertvalue [2 x i64] poison, i64 %69, 0
  %72 = ptrtoint ptr %70 to i64
  %73 = insertvalue [2 x i64] %71, i64 %72, 1
  ret [2 x i64] %73
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: nounwind
declare void @_ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(i1 noundef, ptr noundef, ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE11equal_rangeERS7_(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef nonnull align 8 dereferenceable(32) %1) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %3 = getelementptr inbounds i8, ptr %0, i64 16
  %4 = getelementptr inbounds i8, ptr %0, i64 8
  %5 = load ptr, ptr %3, align 8, !tbaa !33
  %6 = icmp eq ptr %5, null
  br i1 %6, label %111, label %7

7:                                                ; preds = %2
  %8 = getelementptr inbounds i8, ptr %1, i64 8
  %9 = load i64, ptr %8, align 8, !tbaa !40
  %10 = load ptr, ptr %1, align 8
  br label %11

11:                                               ; preds = %7, %105
  %12 = phi ptr [ %5, %7 ], [ %109, %105 ]
  %13 = phi ptr [ %4, %7 ], [ %107, %105 ]
  %14 = getelementptr inbounds i8, ptr %12, i64 40
  %15 = load i64, ptr %14, align 8, !tbaa !40
  %16 = tail call i64 @llvm.umin.i64(i64 %9, i64 %15)
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %23, label %18

18:                                               ; preds = %11
  %19 = getelementptr inbounds i8, ptr %12, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !37
  %21 = tail call i32 @memcmp(ptr noundef %20, ptr noundef %10, i64 noundef %16) #24
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %26, label %29

23:                                               ; preds = %11
  %24 = sub i64 %15, %9
  %25 = icmp slt i64 %24, 0
  br i1 %25, label %105, label %34

26:                                               ; preds = %18
  %27 = sub i64 %15, %9
  %28 = icmp slt i64 %27, 0
  br i1 %28, label %105, label %31

29:                                               ; preds = %18
  %30 = icmp slt i32 %21, 0
  br i1 %30, label %105, label %31

31:                                               ; preds = %26, %29
  %32 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %20, i64 noundef %16) #24
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %39

34:                                               ; preds = %23, %31
  %35 = sub i64 %9, %15
  %36 = tail call i64 @llvm.smax.i64(i64 %35, i64 -2147483648)
  %37 = tail call i64 @llvm.smin.i64(i64 %36, i64 2147483647)
  %38 = trunc nsw i64 %37 to i32
  br label %39

39:                                               ; preds = %31, %34
  %40 = phi i32 [ %32, %31 ], [ %38, %34 ]
  %41 = icmp slt i32 %40, 0
  br i1 %41, label %105, label %42

42:                                               ; preds = %39
  %43 = getelementptr inbounds i8, ptr %12, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !124
  %45 = getelementptr inbounds i8, ptr %12, i64 24
  %46 = load ptr, ptr %45, align 8, !tbaa !123
  %47 = icmp eq ptr %44, null
  br i1 %47, label %73, label %48

48:                                               ; preds = %42, %65
  %49 = phi ptr [ %71, %65 ], [ %44, %42 ]
  %50 = phi ptr [ %68, %65 ], [ %12, %42 ]
  %51 = getelementptr inbounds i8, ptr %49, i64 40
  %52 = load i64, ptr %51, align 8, !tbaa !40
  %53 = tail call i64 @llvm.umin.i64(i64 %9, i64 %52)
  %54 = icmp eq i64 %53, 0
  br i1 %54, label %60, label %55

55:                                               ; preds = %48
  %56 = getelementptr inbounds i8, ptr %49, i64 32
  %57 = load ptr, ptr %56, align 8, !tbaa !37
  %58 = tail call i32 @memcmp(ptr noundef %57, ptr noundef %10, i64 noundef %53) #24
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %65

60:                                               ; preds = %55, %48
  %61 = sub i64 %52, %9
  %62 = tail call i64 @llvm.smax.i64(i64 %61, i64 -2147483648)
  %63 = tail call i64 @llvm.smin.i64(i64 %62, i64 2147483647)
  %64 = trunc nsw i64 %63 to i32
  br label %65

65:                                               ; preds = %60, %55
  %66 = phi i32 [ %58, %55 ], [ %64, %60 ]
  %67 = icmp slt i32 %66, 0
  %68 = select i1 %67, ptr %50, ptr %49
  %69 = select i1 %67, i64 24, i64 16
  %70 = getelementptr inbounds i8, ptr %49, i64 %69
  %71 = load ptr, ptr %70, align 8, !tbaa !33
  %72 = icmp eq ptr %71, null
  br i1 %72, label %73, label %48, !llvm.loop !41

73:                                               ; preds = %65, %42
  %74 = phi ptr [ %12, %42 ], [ %68, %65 ]
  %75 = ptrtoint ptr %74 to i64
  %76 = icmp eq ptr %46, null
  br i1 %76, label %102, label %77

77:                                               ; preds = %73, %94
  %78 = phi ptr [ %100, %94 ], [ %46, %73 ]
  %79 = phi ptr [ %97, %94 ], [ %13, %73 ]
  %80 = getelementptr inbounds i8, ptr %78, i64 40
  %81 = load i64, ptr %80, align 8, !tbaa !40
  %82 = tail call i64 @llvm.umin.i64(i64 %81, i64 %9)
  %83 = icmp eq i64 %82, 0
  br i1 %83, label %89, label %84

84:                                               ; preds = %77
  %85 = getelementptr inbounds i8, ptr %78, i64 32
  %86 = load ptr, ptr %85, align 8, !tbaa !37
  %87 = tail call i32 @memcmp(ptr noundef %10, ptr noundef %86, i64 noundef %82) #24
  %88 = icmp eq i32 %87, 0
  br i1 %88, label %89, label %94

89:                                               ; preds = %84, %77
  %90 = sub i64 %9, %81
  %91 = tail call i64 @llvm.smax.i64(i64 %90, i64 -2147483648)
  %92 = tail call i64 @llvm.smin.i64(i64 %91, i64 2147483647)
  %93 = trunc nsw i64 %92 to i32
  br label %94

94:                                               ; preds = %89, %84
  %95 = phi i32 [ %87, %84 ], [ %93, %89 ]
  %96 = icmp slt i32 %95, 0
  %97 = select i1 %96, ptr %78, ptr %79
  %98 = select i1 %96, i64 16, i64 24
  %99 = getelementptr inbounds i8, ptr %78, i64 %98
  %100 = load ptr, ptr %99, align 8, !tbaa !33
  %101 = icmp eq ptr %100, null
  br i1 %101, label %102, label %77, !llvm.loop !42

102:                                              ; preds = %94, %73
  %103 = phi ptr [ %13, %73 ], [ %97, %94 ]
  %104 = ptrtoint ptr %103 to i64
  br label %114

105:                                              ; preds = %39, %23, %29, %26
  %106 = phi i64 [ 24, %26 ], [ 24, %29 ], [ 24, %23 ], [ 16, %39 ]
  %107 = phi ptr [ %13, %26 ], [ %13, %29 ], [ %13, %23 ], [ %12, %39 ]
  %108 = getelementptr inbounds i8, ptr %12, i64 %106
  %109 = load ptr, ptr %108, align 8, !tbaa !33
  %110 = icmp eq ptr %109, null
  br i1 %110, label %111, label %11, !llvm.loop !166

111:                                              ; preds = %105, %2
  %112 = phi ptr [ %4, %2 ], [ %107, %105 ]
  %113 = ptrtoint ptr %112 to i64
  br label %114

114:                                              ; preds = %111, %102
  %115 = phi i64 [ %113, %111 ], [ %75, %102 ]
  %116 = phi i64 [ %113, %111 ], [ %104, %102 ]
  %117 = insertvalue [2 x i64] poison, i64 %115, 0
  %118 = insertvalue [2 x i64] %117, i64 %116, 1
  ret [2 x i64] %118
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE12_M_erase_auxESt23_Rb_tree_const_iteratorIS8_ESG_(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, i64 %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = inttoptr i64 %1 to ptr
  %5 = inttoptr i64 %2 to ptr
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load ptr, ptr %6, align 8, !tbaa !30
  %8 = icmp eq ptr %7, %4
  br i1 %8, label %9, label %21

9:                                                ; preds = %3
  %10 = getelementptr inbounds i8, ptr %0, i64 8
  %11 = icmp eq ptr %10, %5
  br i1 %11, label %12, label %21

12:                                               ; preds = %9
  %13 = getelementptr inbounds i8, ptr %0, i64 16
  %14 = load ptr, ptr %13, align 8, !tbaa !29
  invoke void @_ZNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE8_M_eraseEPSt13_Rb_tree_nodeIS8_E(ptr noundef nonnull align 8 dereferenceable(48) %0, ptr noundef %14)
          to label %18 unwind label %15

15:                                               ; preds = %12
  %16 = landingpad { ptr, i32 }
          catch ptr null
  %17 = extractvalue { ptr, i32 } %16, 0
  tail call void @__clang_call_terminate(ptr %17) #26
  unreachable

18:                                               ; preds = %12
  store ptr null, ptr %13, align 8, !tbaa !29
  store ptr %10, ptr %6, align 8, !tbaa !30
  %19 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %10, ptr %19, align 8, !tbaa !31
  %20 = getelementptr inbounds i8, ptr %0, i64 40
  store i64 0, ptr %20, align 8, !tbaa !32
  br label %41

21:                                               ; preds = %3, %9
  %22 = icmp eq ptr %4, %5
  br i1 %22, label %41, label %23

23:                                               ; preds = %21
  %24 = getelementptr inbounds i8, ptr %0, i64 8
  %25 = getelementptr inbounds i8, ptr %0, i64 40
  br label %26

26:                                               ; preds = %23, %37
  %27 = phi ptr [ %4, %23 ], [ %28, %37 ]
  %28 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef %27) #25
  %29 = tail call noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef %27, ptr noundef nonnull align 8 dereferenceable(32) %24) #24
  %30 = getelementptr inbounds i8, ptr %29, i64 32
  %31 = load ptr, ptr %30, align 8, !tbaa !37
  %32 = getelementptr inbounds i8, ptr %29, i64 48
  %33 = icmp eq ptr %31, %32
  br i1 %33, label %37, label %34

34:                                               ; preds = %26
  %35 = load i64, ptr %32, align 8, !tbaa !39
  %36 = add i64 %35, 1
  tail call void @_ZdlPvm(ptr noundef %31, i64 noundef %36) #23
  br label %37

37:                                               ; preds = %26, %34
  tail call void @_ZdlPvm(ptr noundef nonnull %29, i64 noundef 72) #23
  %38 = load i64, ptr %25, align 8, !tbaa !32
  %39 = add i64 %38, -1
  store i64 %39, ptr %25, align 8, !tbaa !32
  %40 = icmp eq ptr %28, %5
  br i1 %40, label %41, label %26, !llvm.loop !167

41:                                               ; preds = %37, %21, %18
  ret void
}

; Function Attrs: nounwind
declare noundef ptr @_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(ptr noundef, ptr noundef nonnull align 8 dereferenceable(32)) local_unnamed_addr #16

; Function Attrs: mustprogress nofree nounwind willreturn memory(read)
declare noundef ptr @_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(ptr noundef) local_unnamed_addr #8

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt8_Rb_treeIiiSt9_IdentityIiESt4lessIiESaIiEE29_M_get_insert_hint_unique_posESt23_Rb_tree_const_iteratorIiERKi(ptr noundef nonnull align 8 dereferenceable(48) %0, i64 %1, ptr noundef nonnull align 4 dereferenceable(4) %2) local_unnamed_addr #4 comdat {
  %4 = inttoptr i64 %1 to ptr
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = icmp eq ptr %5, %4
  br i1 %6, label %7, label %52

7:                                                ; preds = %3
  %8 = getelementptr inbounds i8, ptr %0, i64 40
  %9 = load i64, ptr %8, align 8, !tbaa !32
  %10 = icmp eq i64 %9, 0
  br i1 %10, label %18, label %11

11:                                               ; preds = %7
  %12 = getelementptr inbounds i8, ptr %0, i64 32
  %13 = load ptr, ptr %12, align 8, !tbaa !33
  %14 = getelementptr inbounds i8, ptr %13, i64 32
  %15 = load i32, ptr %14, align 4, !tbaa !6
  %16 = load i32, ptr %2, align 4, !tbaa !6
  %17 = icmp slt i32 %15, %16
  br i1 %17, label %147, label %18

18:                                               ; preds = %11, %7
  %19 = getelementptr inbounds i8, ptr %0, i64 16
  %20 = load ptr, ptr %19, align 8, !tbaa !33
  %21 = icmp eq ptr %20, null
  br i1 %21, label %34, label %22

22:                                               ; preds = %18
  %23 = load i32, ptr %2, align 4, !tbaa !6
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi ptr [ %20, %22 ], [ %31, %24 ]
  %26 = getelementptr inbounds i8, ptr %25, i64 32
  %27 = load i32, ptr %26, align 4, !tbaa !6
  %28 = icmp slt i32 %23, %27
  %29 = select i1 %28, i64 16, i64 24
  %30 = getelementptr inbounds i8, ptr %25, i64 %29
  %31 = load ptr, ptr %30, align 8, !tbaa !33
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %24, !llvm.loop !168

33:                                               ; preds = %24
  br i1 %28, label %34, label %44

34:                                               ; preds = %33, %18
  %35 = phi ptr [ %25, %33 ], [ %5, %18 ]
  %36 = getelementptr inbounds i8, ptr %0, i64 24
  %37 = load ptr, ptr %36, align 8, !tbaa !30
  %38 = icmp eq ptr %35, %37
  br i1 %38, label %147, label %39

39:                                               ; preds = %34
  %40 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %35) #25
  %41 = getelementptr inbounds i8, ptr %40, i64 32
  %42 = load i32, ptr %41, align 4, !tbaa !6
  %43 = load i32, ptr %2, align 4, !tbaa !6
  br label %44

44:                                               ; preds = %39, %33
  %45 = phi i32 [ %43, %39 ], [ %23, %33 ]
  %46 = phi i32 [ %42, %39 ], [ %27, %33 ]
  %47 = phi ptr [ %35, %39 ], [ %25, %33 ]
  %48 = phi ptr [ %40, %39 ], [ %25, %33 ]
  %49 = icmp slt i32 %46, %45
  %50 = select i1 %49, ptr %47, ptr null
  %51 = select i1 %49, ptr null, ptr %48
  br label %147

52:                                               ; preds = %3
  %53 = getelementptr inbounds i8, ptr %4, i64 32
  %54 = load i32, ptr %2, align 4, !tbaa !6
  %55 = load i32, ptr %53, align 4, !tbaa !6
  %56 = icmp slt i32 %54, %55
  br i1 %56, label %57, label %100

57:                                               ; preds = %52
  %58 = getelementptr inbounds i8, ptr %0, i64 24
  %59 = load ptr, ptr %58, align 8, !tbaa !33
  %60 = icmp eq ptr %59, %4
  br i1 %60, label %147, label %61

61:                                               ; preds = %57
  %62 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #25
  %63 = getelementptr inbounds i8, ptr %62, i64 32
  %64 = load i32, ptr %63, align 4, !tbaa !6
  %65 = icmp slt i32 %64, %54
  br i1 %65, label %66, label %72

66:                                               ; preds = %61
  %67 = getelementptr inbounds i8, ptr %62, i64 24
  %68 = load ptr, ptr %67, align 8, !tbaa !123
  %69 = icmp eq ptr %68, null
  %70 = select i1 %69, ptr null, ptr %4
  %71 = select i1 %69, ptr %62, ptr %4
  br label %147

72:                                               ; preds = %61
  %73 = getelementptr inbounds i8, ptr %0, i64 16
  %74 = load ptr, ptr %73, align 8, !tbaa !33
  %75 = icmp eq ptr %74, null
  br i1 %75, label %86, label %76

76:                                               ; preds = %72, %76
  %77 = phi ptr [ %83, %76 ], [ %74, %72 ]
  %78 = getelementptr inbounds i8, ptr %77, i64 32
  %79 = load i32, ptr %78, align 4, !tbaa !6
  %80 = icmp slt i32 %54, %79
  %81 = select i1 %80, i64 16, i64 24
  %82 = getelementptr inbounds i8, ptr %77, i64 %81
  %83 = load ptr, ptr %82, align 8, !tbaa !33
  %84 = icmp eq ptr %83, null
  br i1 %84, label %85, label %76, !llvm.loop !168

85:                                               ; preds = %76
  br i1 %80, label %86, label %93

86:                                               ; preds = %85, %72
  %87 = phi ptr [ %77, %85 ], [ %5, %72 ]
  %88 = icmp eq ptr %87, %59
  br i1 %88, label %147, label %89

89:                                               ; preds = %86
  %90 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %87) #25
  %91 = getelementptr inbounds i8, ptr %90, i64 32
  %92 = load i32, ptr %91, align 4, !tbaa !6
  br label %93

93:                                               ; preds = %89, %85
  %94 = phi i32 [ %92, %89 ], [ %79, %85 ]
  %95 = phi ptr [ %87, %89 ], [ %77, %85 ]
  %96 = phi ptr [ %90, %89 ], [ %77, %85 ]
  %97 = icmp slt i32 %94, %54
  %98 = select i1 %97, ptr %95, ptr null
  %99 = select i1 %97, ptr null, ptr %96
  br label %147

100:                                              ; preds = %52
  %101 = icmp slt i32 %55, %54
  br i1 %101, label %102, label %147

102:                                              ; preds = %100
  %103 = getelementptr inbounds i8, ptr %0, i64 32
  %104 = load ptr, ptr %103, align 8, !tbaa !33
  %105 = icmp eq ptr %104, %4
  br i1 %105, label %147, label %106

106:                                              ; preds = %102
  %107 = tail call noundef ptr @_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(ptr noundef nonnull %4) #25
  %108 = getelementptr inbounds i8, ptr %107, i64 32
  %109 = load i32, ptr %108, align 4, !tbaa !6
  %110 = icmp slt i32 %54, %109
  br i1 %110, label %111, label %117

111:                                              ; preds = %106
  %112 = getelementptr inbounds i8, ptr %4, i64 24
  %113 = load ptr, ptr %112, align 8, !tbaa !123
  %114 = icmp eq ptr %113, null
  %115 = select i1 %114, ptr null, ptr %107
  %116 = select i1 %114, ptr %4, ptr %107
  br label %147

117:                                              ; preds = %106
  %118 = getelementptr inbounds i8, ptr %0, i64 16
  %119 = load ptr, ptr %118, align 8, !tbaa !33
  %120 = icmp eq ptr %119, null
  br i1 %120, label %131, label %121

121:                                              ; preds = %117, %121
  %122 = phi ptr [ %128, %121 ], [ %119, %117 ]
  %123 = getelementptr inbounds i8, ptr %122, i64 32
  %124 = load i32, ptr %123, align 4, !tbaa !6
  %125 = icmp slt i32 %54, %124
  %126 = select i1 %125, i64 16, i64 24
  %127 = getelementptr inbounds i8, ptr %122, i64 %126
  %128 = load ptr, ptr %127, align 8, !tbaa !33
  %129 = icmp eq ptr %128, null
  br i1 %129, label %130, label %121, !llvm.loop !168

130:                                              ; preds = %121
  br i1 %125, label %131, label %140

131:                                              ; preds = %130, %117
  %132 = phi ptr [ %122, %130 ], [ %5, %117 ]
  %133 = getelementptr inbounds i8, ptr %0, i64 24
  %134 = load ptr, ptr %133, align 8, !tbaa !30
  %135 = icmp eq ptr %132, %134
  br i1 %135, label %147, label %136

136:                                              ; preds = %131
  %137 = tail call noundef ptr @_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(ptr noundef nonnull %132) #25
  %138 = getelementptr inbounds i8, ptr %137, i64 32
  %139 = load i32, ptr %138, align 4, !tbaa !6
  br label %140

140:                                              ; preds = %136, %130
  %141 = phi i32 [ %139, %136 ], [ %124, %130 ]
  %142 = phi ptr [ %132, %136 ], [ %122, %130 ]
  %143 = phi ptr [ %137, %136 ], [ %122, %130 ]
  %144 = icmp slt i32 %141, %54
  %145 = select i1 %144, ptr %142, ptr null
  %146 = select i1 %144, ptr null, ptr %143
  br label %147

147:                                              ; preds = %140, %131, %93, %86, %44, %34, %111, %66, %100, %102, %57, %11
  %148 = phi ptr [ null, %11 ], [ %4, %57 ], [ null, %102 ], [ %4, %100 ], [ %70, %66 ], [ %115, %111 ], [ null, %34 ], [ %51, %44 ], [ null, %86 ], [ %99, %93 ], [ null, %131 ], [ %146, %140 ]
  %149 = phi ptr [ %13, %11 ], [ %4, %57 ], [ %4, %102 ], [ null, %100 ], [ %71, %66 ], [ %116, %111 ], [ %35, %34 ], [ %50, %44 ], [ %59, %86 ], [ %98, %93 ], [ %132, %131 ], [ %145, %140 ]
  %150 = ptrtoint ptr %148 to i64
  %151 = insertvalue [2 x i64] poison, i64 %150, 0
  %152 = ptrtoint ptr %149 to i64
  %153 = insertvalue [2 x i64] %151, i64 %152, 1
  ret [2 x i64] %153
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local i64 @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE21_M_insert_unique_nodeEmmPNS4_10_Hash_nodeIS2_Lb0EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !169
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !49
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !68
  %13 = tail call [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %6, i64 noundef %10, i64 noundef %12, i64 noundef %4)
  %14 = extractvalue [2 x i64] %13, 0
  %15 = trunc i64 %14 to i1
  br i1 %15, label %16, label %32

16:                                               ; preds = %5
  %17 = extractvalue [2 x i64] %13, 1
  invoke void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %17, i8 undef)
          to label %29 unwind label %18

18:                                               ; preds = %16
  %19 = landingpad { ptr, i32 }
          catch ptr null
  %20 = extractvalue { ptr, i32 } %19, 0
  %21 = tail call ptr @__cxa_begin_catch(ptr %20) #24
  store i64 %8, ptr %7, align 8, !tbaa !169
  invoke void @__cxa_rethrow() #21
          to label %28 unwind label %22

22:                                               ; preds = %18
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %25

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %22
  %26 = landingpad { ptr, i32 }
          catch ptr null
  %27 = extractvalue { ptr, i32 } %26, 0
  tail call void @__clang_call_terminate(ptr %27) #26
  unreachable

28:                                               ; preds = %18
  unreachable

29:                                               ; preds = %16
  %30 = load i64, ptr %9, align 8, !tbaa !49
  %31 = urem i64 %2, %30
  br label %32

32:                                               ; preds = %29, %5
  %33 = phi i64 [ %31, %29 ], [ %1, %5 ]
  %34 = load ptr, ptr %0, align 8, !tbaa !44
  %35 = getelementptr inbounds ptr, ptr %34, i64 %33
  %36 = load ptr, ptr %35, align 8, !tbaa !33
  %37 = icmp eq ptr %36, null
  br i1 %37, label %41, label %38

38:                                               ; preds = %32
  %39 = load ptr, ptr %36, align 8, !tbaa !52
  store ptr %39, ptr %3, align 8, !tbaa !52
  %40 = load ptr, ptr %35, align 8, !tbaa !33
  store ptr %3, ptr %40, align 8, !tbaa !52
  br label %57

41:                                               ; preds = %32
  %42 = getelementptr inbounds i8, ptr %0, i64 16
  %43 = load ptr, ptr %42, align 8, !tbaa !51
  store ptr %43, ptr %3, align 8, !tbaa !52
  store ptr %3, ptr %42, align 8, !tbaa !51
  %44 = load ptr, ptr %3, align 8, !tbaa !52
  %45 = icmp eq ptr %44, null
  br i1 %45, label %54, label %46

46:                                               ; preds = %41
  %47 = getelementptr inbounds i8, ptr %44, i64 8
  %48 = load i64, ptr %9, align 8, !tbaa !49
  %49 = load i32, ptr %47, align 4, !tbaa !6
  %50 = sext i32 %49 to i64
  %51 = urem i64 %50, %48
  %52 = getelementptr inbounds ptr, ptr %34, i64 %51
  store ptr %3, ptr %52, align 8, !tbaa !33
  %53 = load ptr, ptr %0, align 8, !tbaa !44
  br label %54

54:                                               ; preds = %46, %41
  %55 = phi ptr [ %53, %46 ], [ %34, %41 ]
  %56 = getelementptr inbounds ptr, ptr %55, i64 %33
  store ptr %42, ptr %56, align 8, !tbaa !33
  br label %57

57:                                               ; preds = %38, %54
  %58 = load i64, ptr %11, align 8, !tbaa !68
  %59 = add i64 %58, 1
  store i64 %59, ptr %11, align 8, !tbaa !68
  %60 = ptrtoint ptr %3 to i64
  ret i64 %60
}

declare [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16), i64 noundef, i64 noundef, i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i8 %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = icmp eq i64 %1, 1
  br i1 %4, label %5, label %7, !prof !10

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %6, align 8, !tbaa !170
  br label %16

7:                                                ; preds = %3
  %8 = icmp ugt i64 %1, 1152921504606846975
  br i1 %8, label %9, label %13, !prof !10

9:                                                ; preds = %7
  %10 = icmp ugt i64 %1, 2305843009213693951
  br i1 %10, label %11, label %12

11:                                               ; preds = %9
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

12:                                               ; preds = %9
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

13:                                               ; preds = %7
  %14 = shl nuw nsw i64 %1, 3
  %15 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %14) #22
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %15, i8 0, i64 %14, i1 false)
  br label %16

16:                                               ; preds = %5, %13
  %17 = phi ptr [ %6, %5 ], [ %15, %13 ]
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load ptr, ptr %18, align 8, !tbaa !51
  store ptr null, ptr %18, align 8, !tbaa !51
  %20 = icmp eq ptr %19, null
  br i1 %20, label %47, label %21

21:                                               ; preds = %16, %44
  %22 = phi ptr [ %24, %44 ], [ %19, %16 ]
  %23 = phi i64 [ %45, %44 ], [ 0, %16 ]
  %24 = load ptr, ptr %22, align 8, !tbaa !52
  %25 = getelementptr inbounds i8, ptr %22, i64 8
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = sext i32 %26 to i64
  %28 = urem i64 %27, %1
  %29 = getelementptr inbounds ptr, ptr %17, i64 %28
  %30 = load ptr, ptr %29, align 8, !tbaa !33
  %31 = icmp eq ptr %30, null
  br i1 %31, label %32, label %38

32:                                               ; preds = %21
  %33 = load ptr, ptr %18, align 8, !tbaa !51
  store ptr %33, ptr %22, align 8, !tbaa !52
  store ptr %22, ptr %18, align 8, !tbaa !51
  store ptr %18, ptr %29, align 8, !tbaa !33
  %34 = load ptr, ptr %22, align 8, !tbaa !52
  %35 = icmp eq ptr %34, null
  br i1 %35, label %44, label %36

36:                                               ; preds = %32
  %37 = getelementptr inbounds ptr, ptr %17, i64 %23
  br label %41

38:                                               ; preds = %21
  %39 = load ptr, ptr %30, align 8, !tbaa !52
  store ptr %39, ptr %22, align 8, !tbaa !52
  %40 = load ptr, ptr %29, align 8, !tbaa !33
  br label %41

41:                                               ; preds = %38, %36
  %42 = phi ptr [ %37, %36 ], [ %40, %38 ]
  %43 = phi i64 [ %28, %36 ], [ %23, %38 ]
  store ptr %22, ptr %42, align 8, !tbaa !33
  br label %44

44:                                               ; preds = %41, %32
  %45 = phi i64 [ %28, %32 ], [ %43, %41 ]
  %46 = icmp eq ptr %24, null
  br i1 %46, label %47, label %21, !llvm.loop !171

47:                                               ; preds = %44, %16
  %48 = load ptr, ptr %0, align 8, !tbaa !44
  %49 = getelementptr inbounds i8, ptr %0, i64 48
  %50 = icmp eq ptr %49, %48
  br i1 %50, label %55, label %51

51:                                               ; preds = %47
  %52 = getelementptr inbounds i8, ptr %0, i64 8
  %53 = load i64, ptr %52, align 8, !tbaa !49
  %54 = shl i64 %53, 3
  tail call void @_ZdlPvm(ptr noundef %48, i64 noundef %54) #23
  br label %55

55:                                               ; preds = %47, %51
  %56 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %56, align 8, !tbaa !49
  store ptr %17, ptr %0, align 8, !tbaa !44
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable
define internal fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %0, i64 %1, i64 noundef %2, i64 %3) unnamed_addr #17 {
  %5 = inttoptr i64 %0 to ptr
  %6 = sub i64 %1, %0
  %7 = ashr exact i64 %6, 3
  %8 = icmp sgt i64 %7, 16
  br i1 %8, label %9, label %291

9:                                                ; preds = %4
  %10 = inttoptr i64 %1 to ptr
  %11 = and i64 %3, 255
  %12 = getelementptr inbounds i8, ptr %5, i64 8
  %13 = icmp eq i64 %2, 0
  br i1 %13, label %16, label %190

14:                                               ; preds = %286
  %15 = icmp eq i64 %195, 0
  br i1 %15, label %16, label %190, !llvm.loop !172

16:                                               ; preds = %14, %9
  %17 = phi i64 [ %7, %9 ], [ %289, %14 ]
  %18 = phi i64 [ %6, %9 ], [ %288, %14 ]
  %19 = phi ptr [ %10, %9 ], [ %261, %14 ]
  %20 = add nsw i64 %17, -2
  %21 = lshr i64 %20, 1
  %22 = add nsw i64 %17, -1
  %23 = lshr i64 %22, 1
  %24 = and i64 %18, 8
  %25 = icmp eq i64 %24, 0
  %26 = or disjoint i64 %20, 1
  %27 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %26
  %28 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %21
  br label %29

29:                                               ; preds = %92, %16
  %30 = phi i64 [ %21, %16 ], [ %99, %92 ]
  %31 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %30
  %32 = load i64, ptr %31, align 4
  %33 = icmp sgt i64 %23, %30
  br i1 %33, label %34, label %58

34:                                               ; preds = %29, %34
  %35 = phi i64 [ %53, %34 ], [ %30, %29 ]
  %36 = shl i64 %35, 1
  %37 = add i64 %36, 2
  %38 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %37
  %39 = or disjoint i64 %36, 1
  %40 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %39
  %41 = load i64, ptr %38, align 4
  %42 = load i64, ptr %40, align 4
  %43 = lshr i64 %41, 32
  %44 = lshr i64 %42, 32
  %45 = icmp eq i64 %43, %44
  %46 = trunc nuw i64 %44 to i32
  %47 = trunc nuw i64 %43 to i32
  %48 = icmp sgt i32 %47, %46
  %49 = trunc i64 %42 to i32
  %50 = trunc i64 %41 to i32
  %51 = icmp slt i32 %50, %49
  %52 = select i1 %45, i1 %51, i1 %48
  %53 = select i1 %52, i64 %39, i64 %37
  %54 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %53
  %55 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %35
  %56 = load <2 x i32>, ptr %54, align 4, !tbaa !6
  store <2 x i32> %56, ptr %55, align 4, !tbaa !6
  %57 = icmp slt i64 %53, %23
  br i1 %57, label %34, label %58, !llvm.loop !173

58:                                               ; preds = %34, %29
  %59 = phi i64 [ %30, %29 ], [ %53, %34 ]
  %60 = icmp eq i64 %59, %21
  %61 = select i1 %25, i1 %60, i1 false
  br i1 %61, label %62, label %64

62:                                               ; preds = %58
  %63 = load <2 x i32>, ptr %27, align 4, !tbaa !6
  store <2 x i32> %63, ptr %28, align 4, !tbaa !6
  br label %64

64:                                               ; preds = %62, %58
  %65 = phi i64 [ %26, %62 ], [ %59, %58 ]
  %66 = icmp sgt i64 %65, %30
  br i1 %66, label %71, label %67

67:                                               ; preds = %64
  %68 = trunc i64 %32 to i32
  %69 = lshr i64 %32, 32
  %70 = trunc nuw i64 %69 to i32
  br label %92

71:                                               ; preds = %64
  %72 = lshr i64 %32, 32
  %73 = trunc nuw i64 %72 to i32
  %74 = trunc i64 %32 to i32
  br label %75

75:                                               ; preds = %88, %71
  %76 = phi i64 [ %65, %71 ], [ %78, %88 ]
  %77 = add nsw i64 %76, -1
  %78 = sdiv i64 %77, 2
  %79 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %78
  %80 = load i64, ptr %79, align 4
  %81 = lshr i64 %80, 32
  %82 = icmp eq i64 %81, %72
  %83 = trunc nuw i64 %81 to i32
  %84 = icmp sgt i32 %83, %73
  %85 = trunc i64 %80 to i32
  %86 = icmp slt i32 %85, %74
  %87 = select i1 %82, i1 %86, i1 %84
  br i1 %87, label %88, label %92

88:                                               ; preds = %75
  %89 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %76
  store i32 %85, ptr %89, align 4, !tbaa !59
  %90 = getelementptr inbounds i8, ptr %89, i64 4
  store i32 %83, ptr %90, align 4, !tbaa !61
  %91 = icmp sgt i64 %78, %30
  br i1 %91, label %75, label %92, !llvm.loop !174

92:                                               ; preds = %88, %75, %67
  %93 = phi i32 [ %70, %67 ], [ %73, %75 ], [ %73, %88 ]
  %94 = phi i32 [ %68, %67 ], [ %74, %75 ], [ %74, %88 ]
  %95 = phi i64 [ %65, %67 ], [ %78, %88 ], [ %76, %75 ]
  %96 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %95
  store i32 %94, ptr %96, align 4, !tbaa !59
  %97 = getelementptr inbounds i8, ptr %96, i64 4
  store i32 %93, ptr %97, align 4, !tbaa !61
  %98 = icmp eq i64 %30, 0
  %99 = add nsw i64 %30, -1
  br i1 %98, label %100, label %29, !llvm.loop !175

100:                                              ; preds = %92
  %101 = icmp sgt i64 %18, 8
  br i1 %101, label %102, label %291

102:                                              ; preds = %100
  %103 = getelementptr inbounds i8, ptr %5, i64 4
  br label %104

104:                                              ; preds = %183, %102
  %105 = phi ptr [ %19, %102 ], [ %106, %183 ]
  %106 = getelementptr inbounds i8, ptr %105, i64 -8
  %107 = ptrtoint ptr %106 to i64
  %108 = load i64, ptr %106, align 4
  %109 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %109, ptr %106, align 4, !tbaa !59
  %110 = load i32, ptr %103, align 4, !tbaa !6
  %111 = getelementptr inbounds i8, ptr %105, i64 -4
  store i32 %110, ptr %111, align 4, !tbaa !61
  %112 = sub i64 %107, %0
  %113 = ashr exact i64 %112, 3
  %114 = add nsw i64 %113, -1
  %115 = sdiv i64 %114, 2
  %116 = icmp sgt i64 %113, 2
  br i1 %116, label %117, label %141

117:                                              ; preds = %104, %117
  %118 = phi i64 [ %136, %117 ], [ 0, %104 ]
  %119 = shl i64 %118, 1
  %120 = add i64 %119, 2
  %121 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %120
  %122 = or disjoint i64 %119, 1
  %123 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %122
  %124 = load i64, ptr %121, align 4
  %125 = load i64, ptr %123, align 4
  %126 = lshr i64 %124, 32
  %127 = lshr i64 %125, 32
  %128 = icmp eq i64 %126, %127
  %129 = trunc nuw i64 %127 to i32
  %130 = trunc nuw i64 %126 to i32
  %131 = icmp sgt i32 %130, %129
  %132 = trunc i64 %125 to i32
  %133 = trunc i64 %124 to i32
  %134 = icmp slt i32 %133, %132
  %135 = select i1 %128, i1 %134, i1 %131
  %136 = select i1 %135, i64 %122, i64 %120
  %137 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %136
  %138 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %118
  %139 = load <2 x i32>, ptr %137, align 4, !tbaa !6
  store <2 x i32> %139, ptr %138, align 4, !tbaa !6
  %140 = icmp slt i64 %136, %115
  br i1 %140, label %117, label %141, !llvm.loop !173

141:                                              ; preds = %117, %104
  %142 = phi i64 [ 0, %104 ], [ %136, %117 ]
  %143 = and i64 %112, 8
  %144 = icmp eq i64 %143, 0
  br i1 %144, label %145, label %155

145:                                              ; preds = %141
  %146 = add nsw i64 %113, -2
  %147 = ashr exact i64 %146, 1
  %148 = icmp eq i64 %142, %147
  br i1 %148, label %149, label %155

149:                                              ; preds = %145
  %150 = shl nsw i64 %142, 1
  %151 = or disjoint i64 %150, 1
  %152 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %151
  %153 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %142
  %154 = load <2 x i32>, ptr %152, align 4, !tbaa !6
  store <2 x i32> %154, ptr %153, align 4, !tbaa !6
  br label %155

155:                                              ; preds = %149, %145, %141
  %156 = phi i64 [ %151, %149 ], [ %142, %145 ], [ %142, %141 ]
  %157 = icmp sgt i64 %156, 0
  br i1 %157, label %162, label %158

158:                                              ; preds = %155
  %159 = trunc i64 %108 to i32
  %160 = lshr i64 %108, 32
  %161 = trunc nuw i64 %160 to i32
  br label %183

162:                                              ; preds = %155
  %163 = lshr i64 %108, 32
  %164 = trunc nuw i64 %163 to i32
  %165 = trunc i64 %108 to i32
  br label %166

166:                                              ; preds = %179, %162
  %167 = phi i64 [ %156, %162 ], [ %169, %179 ]
  %168 = add nsw i64 %167, -1
  %169 = lshr i64 %168, 1
  %170 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %169
  %171 = load i64, ptr %170, align 4
  %172 = lshr i64 %171, 32
  %173 = icmp eq i64 %172, %163
  %174 = trunc nuw i64 %172 to i32
  %175 = icmp sgt i32 %174, %164
  %176 = trunc i64 %171 to i32
  %177 = icmp slt i32 %176, %165
  %178 = select i1 %173, i1 %177, i1 %175
  br i1 %178, label %179, label %183

179:                                              ; preds = %166
  %180 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %167
  store i32 %176, ptr %180, align 4, !tbaa !59
  %181 = getelementptr inbounds i8, ptr %180, i64 4
  store i32 %174, ptr %181, align 4, !tbaa !61
  %182 = icmp ult i64 %168, 2
  br i1 %182, label %183, label %166, !llvm.loop !174

183:                                              ; preds = %179, %166, %158
  %184 = phi i32 [ %161, %158 ], [ %164, %166 ], [ %164, %179 ]
  %185 = phi i32 [ %159, %158 ], [ %165, %166 ], [ %165, %179 ]
  %186 = phi i64 [ %156, %158 ], [ 0, %179 ], [ %167, %166 ]
  %187 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %186
  store i32 %185, ptr %187, align 4, !tbaa !59
  %188 = getelementptr inbounds i8, ptr %187, i64 4
  store i32 %184, ptr %188, align 4, !tbaa !61
  %189 = icmp sgt i64 %112, 8
  br i1 %189, label %104, label %291, !llvm.loop !176

190:                                              ; preds = %9, %14
  %191 = phi ptr [ %261, %14 ], [ %10, %9 ]
  %192 = phi i64 [ %195, %14 ], [ %2, %9 ]
  %193 = phi i64 [ %287, %14 ], [ %1, %9 ]
  %194 = phi i64 [ %289, %14 ], [ %7, %9 ]
  %195 = add nsw i64 %192, -1
  %196 = lshr i64 %194, 1
  %197 = getelementptr inbounds %"struct.std::pair.27", ptr %5, i64 %196
  %198 = getelementptr inbounds i8, ptr %191, i64 -8
  %199 = load i64, ptr %12, align 4
  %200 = load i64, ptr %197, align 4
  %201 = lshr i64 %199, 32
  %202 = lshr i64 %200, 32
  %203 = icmp eq i64 %201, %202
  %204 = trunc nuw i64 %202 to i32
  %205 = trunc nuw i64 %201 to i32
  %206 = icmp sgt i32 %205, %204
  %207 = trunc i64 %200 to i32
  %208 = trunc i64 %199 to i32
  %209 = icmp slt i32 %208, %207
  %210 = select i1 %203, i1 %209, i1 %206
  %211 = load i64, ptr %198, align 4
  %212 = lshr i64 %211, 32
  %213 = trunc nuw i64 %212 to i32
  %214 = trunc i64 %211 to i32
  br i1 %210, label %215, label %230

215:                                              ; preds = %190
  %216 = icmp eq i64 %202, %212
  %217 = icmp sgt i32 %204, %213
  %218 = icmp slt i32 %207, %214
  %219 = select i1 %216, i1 %218, i1 %217
  br i1 %219, label %220, label %222

220:                                              ; preds = %215
  %221 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %207, ptr %5, align 4, !tbaa !6
  store i32 %221, ptr %197, align 4, !tbaa !6
  br label %245

222:                                              ; preds = %215
  %223 = icmp eq i64 %201, %212
  %224 = icmp sgt i32 %205, %213
  %225 = icmp slt i32 %208, %214
  %226 = select i1 %223, i1 %225, i1 %224
  %227 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %226, label %228, label %229

228:                                              ; preds = %222
  store i32 %214, ptr %5, align 4, !tbaa !6
  store i32 %227, ptr %198, align 4, !tbaa !6
  br label %245

229:                                              ; preds = %222
  store i32 %208, ptr %5, align 4, !tbaa !6
  store i32 %227, ptr %12, align 4, !tbaa !6
  br label %245

230:                                              ; preds = %190
  %231 = icmp eq i64 %201, %212
  %232 = icmp sgt i32 %205, %213
  %233 = icmp slt i32 %208, %214
  %234 = select i1 %231, i1 %233, i1 %232
  br i1 %234, label %235, label %237

235:                                              ; preds = %230
  %236 = load i32, ptr %5, align 4, !tbaa !6
  store i32 %208, ptr %5, align 4, !tbaa !6
  store i32 %236, ptr %12, align 4, !tbaa !6
  br label %245

237:                                              ; preds = %230
  %238 = icmp eq i64 %202, %212
  %239 = icmp sgt i32 %204, %213
  %240 = icmp slt i32 %207, %214
  %241 = select i1 %238, i1 %240, i1 %239
  %242 = load i32, ptr %5, align 4, !tbaa !6
  br i1 %241, label %243, label %244

243:                                              ; preds = %237
  store i32 %214, ptr %5, align 4, !tbaa !6
  store i32 %242, ptr %198, align 4, !tbaa !6
  br label %245

244:                                              ; preds = %237
  store i32 %207, ptr %5, align 4, !tbaa !6
  store i32 %242, ptr %197, align 4, !tbaa !6
  br label %245

245:                                              ; preds = %244, %243, %235, %229, %228, %220
  %246 = phi ptr [ %12, %235 ], [ %197, %244 ], [ %198, %243 ], [ %197, %220 ], [ %12, %229 ], [ %198, %228 ]
  %247 = getelementptr inbounds i8, ptr %246, i64 4
  br label %248

248:                                              ; preds = %284, %245
  %249 = phi ptr [ %261, %284 ], [ %5, %245 ]
  %250 = phi ptr [ %285, %284 ], [ %247, %245 ]
  %251 = phi ptr [ %273, %284 ], [ %191, %245 ]
  %252 = phi ptr [ %270, %284 ], [ %12, %245 ]
  %253 = getelementptr inbounds i8, ptr %249, i64 4
  %254 = load i32, ptr %253, align 4, !tbaa !6
  %255 = load i32, ptr %250, align 4, !tbaa !6
  store i32 %255, ptr %253, align 4, !tbaa !6
  store i32 %254, ptr %250, align 4, !tbaa !6
  %256 = load i64, ptr %5, align 4
  %257 = lshr i64 %256, 32
  %258 = trunc nuw i64 %257 to i32
  %259 = trunc i64 %256 to i32
  br label %260

260:                                              ; preds = %260, %248
  %261 = phi ptr [ %252, %248 ], [ %270, %260 ]
  %262 = load i64, ptr %261, align 4
  %263 = lshr i64 %262, 32
  %264 = icmp eq i64 %263, %257
  %265 = trunc nuw i64 %263 to i32
  %266 = icmp sgt i32 %265, %258
  %267 = trunc i64 %262 to i32
  %268 = icmp slt i32 %267, %259
  %269 = select i1 %264, i1 %268, i1 %266
  %270 = getelementptr inbounds i8, ptr %261, i64 8
  br i1 %269, label %260, label %271, !llvm.loop !177

271:                                              ; preds = %260, %271
  %272 = phi ptr [ %273, %271 ], [ %251, %260 ]
  %273 = getelementptr inbounds i8, ptr %272, i64 -8
  %274 = load i64, ptr %273, align 4
  %275 = lshr i64 %274, 32
  %276 = icmp eq i64 %257, %275
  %277 = trunc nuw i64 %275 to i32
  %278 = icmp sgt i32 %258, %277
  %279 = trunc i64 %274 to i32
  %280 = icmp slt i32 %259, %279
  %281 = select i1 %276, i1 %280, i1 %278
  br i1 %281, label %271, label %282, !llvm.loop !178

282:                                              ; preds = %271
  %283 = icmp ult ptr %261, %273
  br i1 %283, label %284, label %286

284:                                              ; preds = %282
  store i32 %279, ptr %261, align 4, !tbaa !6
  store i32 %267, ptr %273, align 4, !tbaa !6
  %285 = getelementptr inbounds i8, ptr %272, i64 -4
  br label %248, !llvm.loop !179

286:                                              ; preds = %282
  %287 = ptrtoint ptr %261 to i64
  tail call fastcc void @"_ZSt16__introsort_loopIN9__gnu_cxx17__normal_iteratorIPSt4pairIiiESt6vectorIS3_SaIS3_EEEElNS0_5__ops15_Iter_comp_iterIZ4mainE3$_2EEEvT_SD_T0_T1_"(i64 %287, i64 %193, i64 noundef %195, i64 %11)
  %288 = sub i64 %287, %0
  %289 = ashr exact i64 %288, 3
  %290 = icmp sgt i64 %289, 16
  br i1 %290, label %14, label %291, !llvm.loop !172

291:                                              ; preds = %286, %183, %4, %100
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local [2 x i64] @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE16_M_insert_uniqueIS5_S5_NS7_10_AllocNodeISaINS7_10_Hash_nodeIS5_Lb1EEEEEEEESt4pairINS7_14_Node_iteratorIS5_Lb1ELb1EEEbEOT_OT0_RKT1_(ptr noundef nonnull align 8 dereferenceable(56) %0, ptr noundef nonnull align 8 dereferenceable(32) %1, ptr noundef nonnull align 8 dereferenceable(32) %2, ptr noundef nonnull align 8 dereferenceable(8) %3) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %5 = alloca %"struct.std::_Hashtable<std::__cxx11::basic_string<char>, std::__cxx11::basic_string<char>, std::allocator<std::__cxx11::basic_string<char>>, std::__detail::_Identity, std::equal_to<std::__cxx11::basic_string<char>>, std::hash<string>, std::__detail::_Mod_range_hashing, std::__detail::_Default_ranged_hash, std::__detail::_Prime_rehash_policy, std::__detail::_Hashtable_traits<true, true, true>>::_Scoped_node", align 8
  %6 = getelementptr inbounds i8, ptr %0, i64 24
  %7 = load i64, ptr %6, align 8, !tbaa !72
  %8 = icmp ugt i64 %7, 20
  br i1 %8, label %9, label %11

9:                                                ; preds = %4
  %10 = load ptr, ptr %1, align 8, !tbaa !37
  br label %36

11:                                               ; preds = %4
  %12 = getelementptr inbounds i8, ptr %0, i64 16
  %13 = load ptr, ptr %12, align 8, !tbaa !52
  %14 = icmp eq ptr %13, null
  %15 = load ptr, ptr %1, align 8
  br i1 %14, label %36, label %16

16:                                               ; preds = %11
  %17 = getelementptr inbounds i8, ptr %1, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !40
  %19 = icmp eq i64 %18, 0
  br label %20

20:                                               ; preds = %16, %31
  %21 = phi ptr [ %13, %16 ], [ %32, %31 ]
  %22 = getelementptr inbounds i8, ptr %21, i64 8
  %23 = getelementptr inbounds i8, ptr %21, i64 16
  %24 = load i64, ptr %23, align 8, !tbaa !40
  %25 = icmp eq i64 %18, %24
  br i1 %25, label %26, label %31

26:                                               ; preds = %20
  br i1 %19, label %34, label %27

27:                                               ; preds = %26
  %28 = load ptr, ptr %22, align 8, !tbaa !37
  %29 = tail call i32 @bcmp(ptr %15, ptr %28, i64 %18)
  %30 = icmp eq i32 %29, 0
  br i1 %30, label %34, label %31

31:                                               ; preds = %20, %27
  %32 = load ptr, ptr %21, align 8, !tbaa !52
  %33 = icmp eq ptr %32, null
  br i1 %33, label %36, label %20, !llvm.loop !180

34:                                               ; preds = %26, %27
  %35 = ptrtoint ptr %21 to i64
  br label %111

36:                                               ; preds = %31, %9, %11
  %37 = phi ptr [ %10, %9 ], [ %15, %11 ], [ %15, %31 ]
  %38 = getelementptr inbounds i8, ptr %1, i64 8
  %39 = load i64, ptr %38, align 8, !tbaa !40
  %40 = invoke noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef %37, i64 noundef %39, i64 noundef 3339675911)
          to label %44 unwind label %41

41:                                               ; preds = %36
  %42 = landingpad { ptr, i32 }
          catch ptr null
  %43 = extractvalue { ptr, i32 } %42, 0
  tail call void @__clang_call_terminate(ptr %43) #26
  unreachable

44:                                               ; preds = %36
  %45 = getelementptr inbounds i8, ptr %0, i64 8
  %46 = load i64, ptr %45, align 8
  %47 = urem i64 %40, %46
  %48 = load i64, ptr %6, align 8, !tbaa !72
  %49 = icmp ugt i64 %48, 20
  br i1 %49, label %52, label %50

50:                                               ; preds = %44
  %51 = load ptr, ptr %1, align 8, !tbaa !37
  br label %88

52:                                               ; preds = %44
  %53 = load ptr, ptr %0, align 8, !tbaa !69
  %54 = getelementptr inbounds ptr, ptr %53, i64 %47
  %55 = load ptr, ptr %54, align 8, !tbaa !33
  %56 = icmp eq ptr %55, null
  %57 = load ptr, ptr %1, align 8
  br i1 %56, label %88, label %58

58:                                               ; preds = %52
  %59 = load ptr, ptr %55, align 8, !tbaa !52
  %60 = load i64, ptr %38, align 8
  %61 = icmp eq i64 %60, 0
  %62 = getelementptr inbounds i8, ptr %59, i64 40
  %63 = load i64, ptr %62, align 8, !tbaa !181
  br label %64

64:                                               ; preds = %81, %58
  %65 = phi i64 [ %63, %58 ], [ %83, %81 ]
  %66 = phi ptr [ %59, %58 ], [ %79, %81 ]
  %67 = getelementptr inbounds i8, ptr %66, i64 8
  %68 = icmp eq i64 %65, %40
  br i1 %68, label %69, label %78

69:                                               ; preds = %64
  %70 = getelementptr inbounds i8, ptr %66, i64 16
  %71 = load i64, ptr %70, align 8, !tbaa !40
  %72 = icmp eq i64 %60, %71
  br i1 %72, label %73, label %78

73:                                               ; preds = %69
  br i1 %61, label %86, label %74

74:                                               ; preds = %73
  %75 = load ptr, ptr %67, align 8, !tbaa !37
  %76 = tail call i32 @bcmp(ptr %57, ptr %75, i64 %60)
  %77 = icmp eq i32 %76, 0
  br i1 %77, label %86, label %78

78:                                               ; preds = %74, %69, %64
  %79 = load ptr, ptr %66, align 8, !tbaa !52
  %80 = icmp eq ptr %79, null
  br i1 %80, label %88, label %81

81:                                               ; preds = %78
  %82 = getelementptr inbounds i8, ptr %79, i64 40
  %83 = load i64, ptr %82, align 8, !tbaa !181
  %84 = urem i64 %83, %46
  %85 = icmp eq i64 %84, %47
  br i1 %85, label %64, label %88, !llvm.loop !183

86:                                               ; preds = %74, %73
  %87 = ptrtoint ptr %66 to i64
  br label %111

88:                                               ; preds = %81, %78, %50, %52
  %89 = phi ptr [ %51, %50 ], [ %57, %52 ], [ %57, %78 ], [ %57, %81 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %5) #24
  %90 = tail call noalias noundef nonnull dereferenceable(48) ptr @_Znwm(i64 noundef 48) #22
  store ptr null, ptr %90, align 8, !tbaa !52
  %91 = getelementptr inbounds i8, ptr %90, i64 8
  %92 = getelementptr inbounds i8, ptr %90, i64 24
  store ptr %92, ptr %91, align 8, !tbaa !34
  %93 = getelementptr inbounds i8, ptr %1, i64 16
  %94 = icmp eq ptr %89, %93
  br i1 %94, label %95, label %100

95:                                               ; preds = %88
  %96 = load i64, ptr %38, align 8, !tbaa !40
  %97 = add i64 %96, 1
  %98 = icmp eq i64 %97, 0
  br i1 %98, label %103, label %99

99:                                               ; preds = %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 8 %92, ptr nonnull align 8 %93, i64 %97, i1 false)
  br label %103

100:                                              ; preds = %88
  store ptr %89, ptr %91, align 8, !tbaa !37
  %101 = load i64, ptr %93, align 8, !tbaa !39
  store i64 %101, ptr %92, align 8, !tbaa !39
  %102 = load i64, ptr %38, align 8, !tbaa !40
  br label %103

103:                                              ; preds = %95, %99, %100
  %104 = phi i64 [ -1, %95 ], [ %96, %99 ], [ %102, %100 ]
  %105 = getelementptr inbounds i8, ptr %90, i64 16
  store i64 %104, ptr %105, align 8, !tbaa !40
  store ptr %93, ptr %1, align 8, !tbaa !37
  store i64 0, ptr %38, align 8, !tbaa !40
  store i8 0, ptr %93, align 8, !tbaa !39
  store ptr %0, ptr %5, align 8, !tbaa !184
  %106 = getelementptr inbounds i8, ptr %5, i64 8
  store ptr %90, ptr %106, align 8, !tbaa !186
  %107 = invoke i64 @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %47, i64 noundef %40, ptr noundef nonnull %90, i64 noundef 1)
          to label %108 unwind label %109

108:                                              ; preds = %103
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  br label %111

109:                                              ; preds = %103
  %110 = landingpad { ptr, i32 }
          cleanup
  call void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %5) #24
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %5) #24
  resume { ptr, i32 } %110

111:                                              ; preds = %34, %86, %108
  %112 = phi i64 [ %107, %108 ], [ %87, %86 ], [ %35, %34 ]
  %113 = phi i64 [ 1, %108 ], [ 0, %86 ], [ 0, %34 ]
  %114 = insertvalue [2 x i64] poison, i64 %112, 0
  %115 = insertvalue [2 x i64] %114, i64 %113, 1
  ret [2 x i64] %115
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local i64 @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE21_M_insert_unique_nodeEmmPNS7_10_Hash_nodeIS5_Lb1EEEm(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i64 noundef %2, ptr noundef %3, i64 noundef %4) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load i64, ptr %7, align 8, !tbaa !169
  %9 = getelementptr inbounds i8, ptr %0, i64 8
  %10 = load i64, ptr %9, align 8, !tbaa !71
  %11 = getelementptr inbounds i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !72
  %13 = tail call [2 x i64] @_ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(ptr noundef nonnull align 8 dereferenceable(16) %6, i64 noundef %10, i64 noundef %12, i64 noundef %4)
  %14 = extractvalue [2 x i64] %13, 0
  %15 = trunc i64 %14 to i1
  br i1 %15, label %16, label %32

16:                                               ; preds = %5
  %17 = extractvalue [2 x i64] %13, 1
  invoke void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %17, i8 undef)
          to label %29 unwind label %18

18:                                               ; preds = %16
  %19 = landingpad { ptr, i32 }
          catch ptr null
  %20 = extractvalue { ptr, i32 } %19, 0
  %21 = tail call ptr @__cxa_begin_catch(ptr %20) #24
  store i64 %8, ptr %7, align 8, !tbaa !169
  invoke void @__cxa_rethrow() #21
          to label %28 unwind label %22

22:                                               ; preds = %18
  %23 = landingpad { ptr, i32 }
          cleanup
  invoke void @__cxa_end_catch()
          to label %24 unwind label %25

24:                                               ; preds = %22
  resume { ptr, i32 } %23

25:                                               ; preds = %22
  %26 = landingpad { ptr, i32 }
          catch ptr null
  %27 = extractvalue { ptr, i32 } %26, 0
  tail call void @__clang_call_terminate(ptr %27) #26
  unreachable

28:                                               ; preds = %18
  unreachable

29:                                               ; preds = %16
  %30 = load i64, ptr %9, align 8, !tbaa !71
  %31 = urem i64 %2, %30
  br label %32

32:                                               ; preds = %29, %5
  %33 = phi i64 [ %31, %29 ], [ %1, %5 ]
  %34 = getelementptr inbounds i8, ptr %3, i64 40
  store i64 %2, ptr %34, align 8, !tbaa !181
  %35 = load ptr, ptr %0, align 8, !tbaa !69
  %36 = getelementptr inbounds ptr, ptr %35, i64 %33
  %37 = load ptr, ptr %36, align 8, !tbaa !33
  %38 = icmp eq ptr %37, null
  br i1 %38, label %42, label %39

39:                                               ; preds = %32
  %40 = load ptr, ptr %37, align 8, !tbaa !52
  store ptr %40, ptr %3, align 8, !tbaa !52
  %41 = load ptr, ptr %36, align 8, !tbaa !33
  store ptr %3, ptr %41, align 8, !tbaa !52
  br label %57

42:                                               ; preds = %32
  %43 = getelementptr inbounds i8, ptr %0, i64 16
  %44 = load ptr, ptr %43, align 8, !tbaa !111
  store ptr %44, ptr %3, align 8, !tbaa !52
  store ptr %3, ptr %43, align 8, !tbaa !111
  %45 = load ptr, ptr %3, align 8, !tbaa !52
  %46 = icmp eq ptr %45, null
  br i1 %46, label %54, label %47

47:                                               ; preds = %42
  %48 = load i64, ptr %9, align 8, !tbaa !71
  %49 = getelementptr inbounds i8, ptr %45, i64 40
  %50 = load i64, ptr %49, align 8, !tbaa !181
  %51 = urem i64 %50, %48
  %52 = getelementptr inbounds ptr, ptr %35, i64 %51
  store ptr %3, ptr %52, align 8, !tbaa !33
  %53 = load ptr, ptr %0, align 8, !tbaa !69
  br label %54

54:                                               ; preds = %47, %42
  %55 = phi ptr [ %53, %47 ], [ %35, %42 ]
  %56 = getelementptr inbounds ptr, ptr %55, i64 %33
  store ptr %43, ptr %56, align 8, !tbaa !33
  br label %57

57:                                               ; preds = %39, %54
  %58 = load i64, ptr %11, align 8, !tbaa !72
  %59 = add i64 %58, 1
  store i64 %59, ptr %11, align 8, !tbaa !72
  %60 = ptrtoint ptr %3 to i64
  ret i64 %60
}

; Function Attrs: mustprogress nounwind uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeD2Ev(ptr noundef nonnull align 8 dereferenceable(16) %0) unnamed_addr #5 comdat personality ptr @__gxx_personality_v0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load ptr, ptr %2, align 8, !tbaa !186
  %4 = icmp eq ptr %3, null
  br i1 %4, label %14, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds i8, ptr %3, i64 8
  %7 = load ptr, ptr %6, align 8, !tbaa !37
  %8 = getelementptr inbounds i8, ptr %3, i64 24
  %9 = icmp eq ptr %7, %8
  br i1 %9, label %13, label %10

10:                                               ; preds = %5
  %11 = load i64, ptr %8, align 8, !tbaa !39
  %12 = add i64 %11, 1
  tail call void @_ZdlPvm(ptr noundef %7, i64 noundef %12) #23
  br label %13

13:                                               ; preds = %5, %10
  tail call void @_ZdlPvm(ptr noundef nonnull %3, i64 noundef 48) #23
  br label %14

14:                                               ; preds = %13, %1
  ret void
}

declare noundef i64 @_ZSt11_Hash_bytesPKvmm(ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #15

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE13_M_rehash_auxEmSt17integral_constantIbLb1EE(ptr noundef nonnull align 8 dereferenceable(56) %0, i64 noundef %1, i8 %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = icmp eq i64 %1, 1
  br i1 %4, label %5, label %7, !prof !10

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 48
  store ptr null, ptr %6, align 8, !tbaa !187
  br label %16

7:                                                ; preds = %3
  %8 = icmp ugt i64 %1, 1152921504606846975
  br i1 %8, label %9, label %13, !prof !10

9:                                                ; preds = %7
  %10 = icmp ugt i64 %1, 2305843009213693951
  br i1 %10, label %11, label %12

11:                                               ; preds = %9
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

12:                                               ; preds = %9
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

13:                                               ; preds = %7
  %14 = shl nuw nsw i64 %1, 3
  %15 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %14) #22
  tail call void @llvm.memset.p0.i64(ptr nonnull align 8 %15, i8 0, i64 %14, i1 false)
  br label %16

16:                                               ; preds = %5, %13
  %17 = phi ptr [ %6, %5 ], [ %15, %13 ]
  %18 = getelementptr inbounds i8, ptr %0, i64 16
  %19 = load ptr, ptr %18, align 8, !tbaa !111
  store ptr null, ptr %18, align 8, !tbaa !111
  %20 = icmp eq ptr %19, null
  br i1 %20, label %46, label %21

21:                                               ; preds = %16, %43
  %22 = phi ptr [ %24, %43 ], [ %19, %16 ]
  %23 = phi i64 [ %44, %43 ], [ 0, %16 ]
  %24 = load ptr, ptr %22, align 8, !tbaa !52
  %25 = getelementptr inbounds i8, ptr %22, i64 40
  %26 = load i64, ptr %25, align 8, !tbaa !181
  %27 = urem i64 %26, %1
  %28 = getelementptr inbounds ptr, ptr %17, i64 %27
  %29 = load ptr, ptr %28, align 8, !tbaa !33
  %30 = icmp eq ptr %29, null
  br i1 %30, label %31, label %37

31:                                               ; preds = %21
  %32 = load ptr, ptr %18, align 8, !tbaa !111
  store ptr %32, ptr %22, align 8, !tbaa !52
  store ptr %22, ptr %18, align 8, !tbaa !111
  store ptr %18, ptr %28, align 8, !tbaa !33
  %33 = load ptr, ptr %22, align 8, !tbaa !52
  %34 = icmp eq ptr %33, null
  br i1 %34, label %43, label %35

35:                                               ; preds = %31
  %36 = getelementptr inbounds ptr, ptr %17, i64 %23
  br label %40

37:                                               ; preds = %21
  %38 = load ptr, ptr %29, align 8, !tbaa !52
  store ptr %38, ptr %22, align 8, !tbaa !52
  %39 = load ptr, ptr %28, align 8, !tbaa !33
  br label %40

40:                                               ; preds = %37, %35
  %41 = phi ptr [ %36, %35 ], [ %39, %37 ]
  %42 = phi i64 [ %27, %35 ], [ %23, %37 ]
  store ptr %22, ptr %41, align 8, !tbaa !33
  br label %43

43:                                               ; preds = %40, %31
  %44 = phi i64 [ %27, %31 ], [ %42, %40 ]
  %45 = icmp eq ptr %24, null
  br i1 %45, label %46, label %21, !llvm.loop !188

46:                                               ; preds = %43, %16
  %47 = load ptr, ptr %0, align 8, !tbaa !69
  %48 = getelementptr inbounds i8, ptr %0, i64 48
  %49 = icmp eq ptr %48, %47
  br i1 %49, label %54, label %50

50:                                               ; preds = %46
  %51 = getelementptr inbounds i8, ptr %0, i64 8
  %52 = load i64, ptr %51, align 8, !tbaa !71
  %53 = shl i64 %52, 3
  tail call void @_ZdlPvm(ptr noundef %47, i64 noundef %53) #23
  br label %54

54:                                               ; preds = %46, %50
  %55 = getelementptr inbounds i8, ptr %0, i64 8
  store i64 %1, ptr %55, align 8, !tbaa !71
  store ptr %17, ptr %0, align 8, !tbaa !69
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_push_front_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !76
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !76
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !73
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !93
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !80
  %27 = load ptr, ptr %4, align 8, !tbaa !73
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #21
  unreachable

35:                                               ; preds = %2
  %36 = load ptr, ptr %0, align 8, !tbaa !106
  %37 = icmp eq ptr %8, %36
  br i1 %37, label %38, label %40

38:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef true)
  %39 = load ptr, ptr %7, align 8, !tbaa !107
  br label %40

40:                                               ; preds = %35, %38
  %41 = phi ptr [ %8, %35 ], [ %39, %38 ]
  %42 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
  %43 = getelementptr inbounds i8, ptr %41, i64 -8
  store ptr %42, ptr %43, align 8, !tbaa !33
  %44 = load ptr, ptr %7, align 8, !tbaa !107
  %45 = getelementptr inbounds i8, ptr %44, i64 -8
  store ptr %45, ptr %7, align 8, !tbaa !76
  %46 = load ptr, ptr %45, align 8, !tbaa !33
  %47 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %46, ptr %47, align 8, !tbaa !93
  %48 = getelementptr inbounds i8, ptr %46, i64 512
  store ptr %48, ptr %25, align 8, !tbaa !80
  %49 = getelementptr inbounds i8, ptr %46, i64 508
  store ptr %49, ptr %4, align 8, !tbaa !81
  %50 = load i32, ptr %1, align 4, !tbaa !6
  store i32 %50, ptr %49, align 4, !tbaa !6
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef %1, i1 noundef %2) local_unnamed_addr #4 comdat personality ptr @__gxx_personality_v0 {
  %4 = getelementptr inbounds i8, ptr %0, i64 72
  %5 = load ptr, ptr %4, align 8, !tbaa !108
  %6 = getelementptr inbounds i8, ptr %0, i64 40
  %7 = load ptr, ptr %6, align 8, !tbaa !107
  %8 = ptrtoint ptr %5 to i64
  %9 = ptrtoint ptr %7 to i64
  %10 = sub i64 %8, %9
  %11 = ashr exact i64 %10, 3
  %12 = add nsw i64 %11, 1
  %13 = add i64 %12, %1
  %14 = getelementptr inbounds i8, ptr %0, i64 8
  %15 = load i64, ptr %14, align 8, !tbaa !36
  %16 = shl i64 %13, 1
  %17 = icmp ugt i64 %15, %16
  br i1 %17, label %18, label %40

18:                                               ; preds = %3
  %19 = load ptr, ptr %0, align 8, !tbaa !106
  %20 = sub i64 %15, %13
  %21 = lshr i64 %20, 1
  %22 = getelementptr inbounds ptr, ptr %19, i64 %21
  %23 = select i1 %2, i64 %1, i64 0
  %24 = getelementptr inbounds ptr, ptr %22, i64 %23
  %25 = icmp ult ptr %24, %7
  %26 = getelementptr inbounds i8, ptr %5, i64 8
  %27 = icmp eq ptr %26, %7
  br i1 %25, label %28, label %32

28:                                               ; preds = %18
  br i1 %27, label %65, label %29

29:                                               ; preds = %28
  %30 = ptrtoint ptr %26 to i64
  %31 = sub i64 %30, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %24, ptr nonnull align 8 %7, i64 %31, i1 false)
  br label %65

32:                                               ; preds = %18
  br i1 %27, label %65, label %33

33:                                               ; preds = %32
  %34 = ptrtoint ptr %26 to i64
  %35 = sub i64 %34, %9
  %36 = ashr exact i64 %35, 3
  %37 = sub nsw i64 0, %36
  %38 = getelementptr inbounds ptr, ptr %24, i64 %12
  %39 = getelementptr inbounds ptr, ptr %38, i64 %37
  tail call void @llvm.memmove.p0.p0.i64(ptr align 8 %39, ptr align 8 %7, i64 %35, i1 false)
  br label %65

40:                                               ; preds = %3
  %41 = tail call i64 @llvm.umax.i64(i64 %15, i64 %1)
  %42 = add i64 %15, 2
  %43 = add i64 %42, %41
  %44 = icmp ugt i64 %43, 1152921504606846975
  br i1 %44, label %45, label %49, !prof !10

45:                                               ; preds = %40
  %46 = icmp ugt i64 %43, 2305843009213693951
  br i1 %46, label %47, label %48

47:                                               ; preds = %45
  tail call void @_ZSt28__throw_bad_array_new_lengthv() #21
  unreachable

48:                                               ; preds = %45
  tail call void @_ZSt17__throw_bad_allocv() #21
  unreachable

49:                                               ; preds = %40
  %50 = shl nuw nsw i64 %43, 3
  %51 = tail call noalias noundef nonnull ptr @_Znwm(i64 noundef %50) #22
  %52 = sub i64 %43, %13
  %53 = lshr i64 %52, 1
  %54 = getelementptr inbounds ptr, ptr %51, i64 %53
  %55 = select i1 %2, i64 %1, i64 0
  %56 = getelementptr inbounds ptr, ptr %54, i64 %55
  %57 = getelementptr inbounds i8, ptr %5, i64 8
  %58 = icmp eq ptr %57, %7
  br i1 %58, label %62, label %59

59:                                               ; preds = %49
  %60 = ptrtoint ptr %57 to i64
  %61 = sub i64 %60, %9
  tail call void @llvm.memmove.p0.p0.i64(ptr nonnull align 8 %56, ptr align 8 %7, i64 %61, i1 false)
  br label %62

62:                                               ; preds = %49, %59
  %63 = load ptr, ptr %0, align 8, !tbaa !106
  %64 = shl i64 %15, 3
  tail call void @_ZdlPvm(ptr noundef %63, i64 noundef %64) #23
  store ptr %51, ptr %0, align 8, !tbaa !106
  store i64 %43, ptr %14, align 8, !tbaa !110
  br label %65

65:                                               ; preds = %33, %32, %29, %28, %62
  %66 = phi ptr [ %56, %62 ], [ %24, %28 ], [ %24, %29 ], [ %24, %32 ], [ %24, %33 ]
  store ptr %66, ptr %6, align 8, !tbaa !76
  %67 = load ptr, ptr %66, align 8, !tbaa !33
  %68 = getelementptr inbounds i8, ptr %0, i64 24
  store ptr %67, ptr %68, align 8, !tbaa !93
  %69 = getelementptr inbounds i8, ptr %67, i64 512
  %70 = getelementptr inbounds i8, ptr %0, i64 32
  store ptr %69, ptr %70, align 8, !tbaa !80
  %71 = getelementptr inbounds ptr, ptr %66, i64 %12
  %72 = getelementptr inbounds i8, ptr %71, i64 -8
  store ptr %72, ptr %4, align 8, !tbaa !76
  %73 = load ptr, ptr %72, align 8, !tbaa !33
  %74 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %73, ptr %74, align 8, !tbaa !93
  %75 = getelementptr inbounds i8, ptr %73, i64 512
  %76 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %75, ptr %76, align 8, !tbaa !80
  ret void
}

; Function Attrs: mustprogress uwtable
define linkonce_odr dso_local void @_ZNSt5dequeIiSaIiEE16_M_push_back_auxIJRKiEEEvDpOT_(ptr noundef nonnull align 8 dereferenceable(80) %0, ptr noundef nonnull align 4 dereferenceable(4) %1) local_unnamed_addr #4 comdat {
  %3 = getelementptr inbounds i8, ptr %0, i64 48
  %4 = getelementptr inbounds i8, ptr %0, i64 16
  %5 = getelementptr inbounds i8, ptr %0, i64 72
  %6 = load ptr, ptr %5, align 8, !tbaa !76
  %7 = getelementptr inbounds i8, ptr %0, i64 40
  %8 = load ptr, ptr %7, align 8, !tbaa !76
  %9 = ptrtoint ptr %6 to i64
  %10 = ptrtoint ptr %8 to i64
  %11 = sub i64 %9, %10
  %12 = ashr exact i64 %11, 3
  %13 = icmp ne ptr %6, null
  %14 = sext i1 %13 to i64
  %15 = add nsw i64 %12, %14
  %16 = shl nsw i64 %15, 7
  %17 = load ptr, ptr %3, align 8, !tbaa !73
  %18 = getelementptr inbounds i8, ptr %0, i64 56
  %19 = load ptr, ptr %18, align 8, !tbaa !93
  %20 = ptrtoint ptr %17 to i64
  %21 = ptrtoint ptr %19 to i64
  %22 = sub i64 %20, %21
  %23 = ashr exact i64 %22, 2
  %24 = add nsw i64 %16, %23
  %25 = getelementptr inbounds i8, ptr %0, i64 32
  %26 = load ptr, ptr %25, align 8, !tbaa !80
  %27 = load ptr, ptr %4, align 8, !tbaa !73
  %28 = ptrtoint ptr %26 to i64
  %29 = ptrtoint ptr %27 to i64
  %30 = sub i64 %28, %29
  %31 = ashr exact i64 %30, 2
  %32 = add nsw i64 %24, %31
  %33 = icmp eq i64 %32, 2305843009213693951
  br i1 %33, label %34, label %35

34:                                               ; preds = %2
  tail call void @_ZSt20__throw_length_errorPKc(ptr noundef nonnull @.str.28) #21
  unreachable

35:                                               ; preds = %2
  %36 = getelementptr inbounds i8, ptr %0, i64 8
  %37 = load i64, ptr %36, align 8, !tbaa !110
  %38 = load ptr, ptr %0, align 8, !tbaa !106
  %39 = ptrtoint ptr %38 to i64
  %40 = sub i64 %9, %39
  %41 = ashr exact i64 %40, 3
  %42 = sub i64 %37, %41
  %43 = icmp ult i64 %42, 2
  br i1 %43, label %44, label %46

44:                                               ; preds = %35
  tail call void @_ZNSt5dequeIiSaIiEE17_M_reallocate_mapEmb(ptr noundef nonnull align 8 dereferenceable(80) %0, i64 noundef 1, i1 noundef false)
  %45 = load ptr, ptr %5, align 8, !tbaa !108
  br label %46

46:                                               ; preds = %35, %44
  %47 = phi ptr [ %6, %35 ], [ %45, %44 ]
  %48 = tail call noalias noundef nonnull dereferenceable(512) ptr @_Znwm(i64 noundef 512) #22
  %49 = getelementptr inbounds i8, ptr %47, i64 8
  store ptr %48, ptr %49, align 8, !tbaa !33
  %50 = load ptr, ptr %3, align 8, !tbaa !84
  %51 = load i32, ptr %1, align 4, !tbaa !6
  store i32 %51, ptr %50, align 4, !tbaa !6
  %52 = load ptr, ptr %5, align 8, !tbaa !108
  %53 = getelementptr inbounds i8, ptr %52, i64 8
  store ptr %53, ptr %5, align 8, !tbaa !76
  %54 = load ptr, ptr %53, align 8, !tbaa !33
  store ptr %54, ptr %18, align 8, !tbaa !93
  %55 = getelementptr inbounds i8, ptr %54, i64 512
  %56 = getelementptr inbounds i8, ptr %0, i64 64
  store ptr %55, ptr %56, align 8, !tbaa !80
  store ptr %54, ptr %3, align 8, !tbaa !84
  ret void
}

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base7_M_hookEPS0_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef, ptr noundef) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base4swapERS0_S1_(ptr noundef nonnull align 8 dereferenceable(16), ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #16

; Function Attrs: nounwind
declare void @_ZNSt8__detail15_List_node_base10_M_reverseEv(ptr noundef nonnull align 8 dereferenceable(16)) local_unnamed_addr #16

; Function Attrs: nofree nounwind
declare noundef i32 @putchar(i32 noundef) local_unnamed_addr #18

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #19

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #19

; Function Attrs: nofree nounwind willreturn memory(argmem: read)
declare i32 @bcmp(ptr nocapture, ptr nocapture, i64) local_unnamed_addr #20

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v4i64(<4 x i64>) #19

attributes #0 = { mustprogress norecurse uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { inlinehint mustprogress nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { noinline noreturn nounwind uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { mustprogress nofree nounwind willreturn memory(read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { noreturn "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #10 = { nobuiltin allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #11 = { nobuiltin nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #12 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #13 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #14 = { mustprogress nofree nounwind willreturn memory(argmem: read) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #15 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #16 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #17 = { mustprogress nofree nosync nounwind memory(readwrite, inaccessiblemem: none) uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #18 = { nofree nounwind }
attributes #19 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #20 = { nofree nounwind willreturn memory(argmem: read) }
attributes #21 = { noreturn }
attributes #22 = { builtin allocsize(0) }
attributes #23 = { builtin nounwind }
attributes #24 = { nounwind }
attributes #25 = { nounwind willreturn memory(read) }
attributes #26 = { noreturn nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C++ TBAA"}
!10 = !{!"branch_weights", !"expected", i32 1, i32 2000}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !17, !18}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = distinct !{!19, !12, !18, !17}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = !{!24, !26, i64 0}
!24 = !{!"_ZTSSt15_Rb_tree_header", !25, i64 0, !28, i64 32}
!25 = !{!"_ZTSSt18_Rb_tree_node_base", !26, i64 0, !27, i64 8, !27, i64 16, !27, i64 24}
!26 = !{!"_ZTSSt14_Rb_tree_color", !8, i64 0}
!27 = !{!"any pointer", !8, i64 0}
!28 = !{!"long", !8, i64 0}
!29 = !{!24, !27, i64 8}
!30 = !{!24, !27, i64 16}
!31 = !{!24, !27, i64 24}
!32 = !{!24, !28, i64 32}
!33 = !{!27, !27, i64 0}
!34 = !{!35, !27, i64 0}
!35 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE12_Alloc_hiderE", !27, i64 0}
!36 = !{!28, !28, i64 0}
!37 = !{!38, !27, i64 0}
!38 = !{!"_ZTSNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEE", !35, i64 0, !28, i64 8, !8, i64 16}
!39 = !{!8, !8, i64 0}
!40 = !{!38, !28, i64 8}
!41 = distinct !{!41, !12}
!42 = distinct !{!42, !12}
!43 = distinct !{!43, !12}
!44 = !{!45, !27, i64 0}
!45 = !{!"_ZTSSt10_HashtableIiSt4pairIKiiESaIS2_ENSt8__detail10_Select1stESt8equal_toIiESt4hashIiENS4_18_Mod_range_hashingENS4_20_Default_ranged_hashENS4_20_Prime_rehash_policyENS4_17_Hashtable_traitsILb0ELb0ELb1EEEE", !27, i64 0, !28, i64 8, !46, i64 16, !28, i64 24, !47, i64 32, !27, i64 48}
!46 = !{!"_ZTSNSt8__detail15_Hash_node_baseE", !27, i64 0}
!47 = !{!"_ZTSNSt8__detail20_Prime_rehash_policyE", !48, i64 0, !28, i64 8}
!48 = !{!"float", !8, i64 0}
!49 = !{!45, !28, i64 8}
!50 = !{!47, !48, i64 0}
!51 = !{!45, !27, i64 16}
!52 = !{!46, !27, i64 0}
!53 = distinct !{!53, !12}
!54 = distinct !{!54, !12}
!55 = distinct !{!55, !12}
!56 = !{!57, !7, i64 0}
!57 = !{!"_ZTSSt4pairIKiiE", !7, i64 0, !7, i64 4}
!58 = !{!57, !7, i64 4}
!59 = !{!60, !7, i64 0}
!60 = !{!"_ZTSSt4pairIiiE", !7, i64 0, !7, i64 4}
!61 = !{!60, !7, i64 4}
!62 = distinct !{!62, !12}
!63 = distinct !{!63, !12}
!64 = distinct !{!64, !12}
!65 = distinct !{!65, !12}
!66 = distinct !{!66, !12, !17, !18}
!67 = distinct !{!67, !12, !18, !17}
!68 = !{!45, !28, i64 24}
!69 = !{!70, !27, i64 0}
!70 = !{!"_ZTSSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE", !27, i64 0, !28, i64 8, !46, i64 16, !28, i64 24, !47, i64 32, !27, i64 48}
!71 = !{!70, !28, i64 8}
!72 = !{!70, !28, i64 24}
!73 = !{!74, !27, i64 0}
!74 = !{!"_ZTSSt15_Deque_iteratorIiRiPiE", !27, i64 0, !27, i64 8, !27, i64 16, !27, i64 24}
!75 = !{}
!76 = !{!74, !27, i64 24}
!77 = !{!78}
!78 = distinct !{!78, !79, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!79 = distinct !{!79, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!80 = !{!74, !27, i64 16}
!81 = !{!82, !27, i64 16}
!82 = !{!"_ZTSNSt11_Deque_baseIiSaIiEE16_Deque_impl_dataE", !27, i64 0, !28, i64 8, !74, i64 16, !74, i64 48}
!83 = !{!82, !27, i64 24}
!84 = !{!82, !27, i64 48}
!85 = !{!82, !27, i64 64}
!86 = distinct !{!86, !12}
!87 = !{!88}
!88 = distinct !{!88, !89, !"_ZNSt5dequeIiSaIiEE5beginEv: argument 0"}
!89 = distinct !{!89, !"_ZNSt5dequeIiSaIiEE5beginEv"}
!90 = !{!91}
!91 = distinct !{!91, !92, !"_ZNSt5dequeIiSaIiEE3endEv: argument 0"}
!92 = distinct !{!92, !"_ZNSt5dequeIiSaIiEE3endEv"}
!93 = !{!74, !27, i64 8}
!94 = !{!95, !27, i64 8}
!95 = !{!"_ZTSNSt8__detail15_List_node_baseE", !27, i64 0, !27, i64 8}
!96 = !{!95, !27, i64 0}
!97 = !{!98, !28, i64 16}
!98 = !{!"_ZTSNSt8__detail17_List_node_headerE", !95, i64 0, !28, i64 16}
!99 = !{!100, !28, i64 16}
!100 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEEE", !101, i64 0}
!101 = !{!"_ZTSNSt7__cxx1110_List_baseIiSaIiEE10_List_implE", !98, i64 0}
!102 = distinct !{!102, !12}
!103 = distinct !{!103, !12}
!104 = distinct !{!104, !12}
!105 = distinct !{!105, !12}
!106 = !{!82, !27, i64 0}
!107 = !{!82, !27, i64 40}
!108 = !{!82, !27, i64 72}
!109 = distinct !{!109, !12}
!110 = !{!82, !28, i64 8}
!111 = !{!70, !27, i64 16}
!112 = distinct !{!112, !12}
!113 = distinct !{!113, !12}
!114 = !{!115}
!115 = distinct !{!115, !116, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_: argument 0"}
!116 = distinct !{!116, !"_ZSt16forward_as_tupleIJNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEEESt5tupleIJDpOT_EES9_"}
!117 = distinct !{!117, !12}
!118 = distinct !{!118, !17, !18}
!119 = distinct !{!119, !12}
!120 = distinct !{!120, !12}
!121 = distinct !{!121, !12}
!122 = distinct !{!122, !12}
!123 = !{!25, !27, i64 24}
!124 = !{!25, !27, i64 16}
!125 = distinct !{!125, !12}
!126 = distinct !{!126, !12}
!127 = distinct !{!127, !12}
!128 = distinct !{!128, !12}
!129 = distinct !{!129, !12}
!130 = distinct !{!130, !12}
!131 = distinct !{!131, !12}
!132 = distinct !{!132, !12}
!133 = distinct !{!133, !12}
!134 = distinct !{!134, !12}
!135 = distinct !{!135, !12}
!136 = distinct !{!136, !12}
!137 = distinct !{!137, !12}
!138 = distinct !{!138, !12}
!139 = !{!140}
!140 = distinct !{!140, !141}
!141 = distinct !{!141, !"LVerDomain"}
!142 = !{!143}
!143 = distinct !{!143, !141}
!144 = distinct !{!144, !12, !17, !18}
!145 = distinct !{!145, !12, !17}
!146 = !{!147}
!147 = distinct !{!147, !148}
!148 = distinct !{!148, !"LVerDomain"}
!149 = !{!150}
!150 = distinct !{!150, !148}
!151 = distinct !{!151, !12, !17, !18}
!152 = distinct !{!152, !12, !17}
!153 = !{!154}
!154 = distinct !{!154, !155}
!155 = distinct !{!155, !"LVerDomain"}
!156 = !{!157}
!157 = distinct !{!157, !155}
!158 = distinct !{!158, !12, !17, !18}
!159 = distinct !{!159, !12}
!160 = distinct !{!160, !12, !17}
!161 = !{!162, !7, i64 32}
!162 = !{!"_ZTSSt4pairIKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEEiE", !38, i64 0, !7, i64 32}
!163 = !{!164, !27, i64 8}
!164 = !{!"_ZTSNSt8_Rb_treeINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEESt4pairIKS5_iESt10_Select1stIS8_ESt4lessIS5_ESaIS8_EE10_Auto_nodeE", !27, i64 0, !27, i64 8}
!165 = distinct !{!165, !12}
!166 = distinct !{!166, !12}
!167 = distinct !{!167, !12}
!168 = distinct !{!168, !12}
!169 = !{!47, !28, i64 8}
!170 = !{!45, !27, i64 48}
!171 = distinct !{!171, !12}
!172 = distinct !{!172, !12}
!173 = distinct !{!173, !12}
!174 = distinct !{!174, !12}
!175 = distinct !{!175, !12}
!176 = distinct !{!176, !12}
!177 = distinct !{!177, !12}
!178 = distinct !{!178, !12}
!179 = distinct !{!179, !12}
!180 = distinct !{!180, !12}
!181 = !{!182, !28, i64 0}
!182 = !{!"_ZTSNSt8__detail21_Hash_node_code_cacheILb1EEE", !28, i64 0}
!183 = distinct !{!183, !12}
!184 = !{!185, !27, i64 0}
!185 = !{!"_ZTSNSt10_HashtableINSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEES5_SaIS5_ENSt8__detail9_IdentityESt8equal_toIS5_ESt4hashIS5_ENS7_18_Mod_range_hashingENS7_20_Default_ranged_hashENS7_20_Prime_rehash_policyENS7_17_Hashtable_traitsILb1ELb1ELb1EEEE12_Scoped_nodeE", !27, i64 0, !27, i64 8}
!186 = !{!185, !27, i64 8}
!187 = !{!70, !27, i64 48}
!188 = distinct !{!188, !12}
