// PinyinEngine backed by librime, loaded at run time so that a machine without
// librime still runs JourneyBoard (中 is then disabled with a message).
#pragma once

#include "pinyin_engine.h"
