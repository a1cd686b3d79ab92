// The action plan: follow-up items made from the ranked pain points and
// opportunities, each with problem, solution, owner, due date, priority and status.
#pragma once
