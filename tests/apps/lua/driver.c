/* Runs the Lua script named on the command line with the standard libraries, like a minimal lua.c. */
#include <stdio.h>
#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: %s script.lua\n", argv[0]); return 2; }
  lua_State *L = luaL_newstate();
  if (!L) return 3;
  luaL_openlibs(L);
  int status = luaL_dofile(L, argv[1]);
  if (status != LUA_OK) {
    fprintf(stderr, "lua error: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }
  lua_close(L);
  return 0;
}
