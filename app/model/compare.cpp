// (being written)
#include "model/compare.h"
