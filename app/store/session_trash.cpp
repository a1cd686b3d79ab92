// (being written)
#include "store/session_trash.h"
