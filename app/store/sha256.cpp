// (being written)
#include "store/sha256.h"
