// (being written)
#include "store/pin_store.h"
