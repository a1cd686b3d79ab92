// Every concrete command in one include, for the UI and the tests.
#pragma once

#include "action_commands.h"
#include "board_commands.h"
#include "command.h"
#include "command_group.h"
#include "group_commands.h"
#include "matrix_commands.h"
#include "note_commands.h"
#include "participant_commands.h"
#include "vote_commands.h"
#include "workshop_commands.h"
