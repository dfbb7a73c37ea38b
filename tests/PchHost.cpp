// Nothing of its own: the object library compiled from this file only builds the
// precompiled header that a folder's tests reuse (tests/CMakeLists.txt, duizhao_test_pch).
