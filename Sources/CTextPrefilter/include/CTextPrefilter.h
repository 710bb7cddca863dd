// The module's umbrella header: the --text prefilter and the entry decider of `presswatch query`.
#include "text_prefilter.h"
#include "entry_filter.h"
