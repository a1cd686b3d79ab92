// The 中 mode strip above the on-screen keyboard (issue 9; body to come).
#include "pinyin_bar.h"
