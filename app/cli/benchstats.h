#pragma once

#include <vector>

namespace civicdesk::cli::benchstats {

// The p-th quantile (0 < p <= 1) by the nearest-rank method; 0 for no samples.
double percentile(std::vector<double> values, double p);

// Peak resident memory of this process in MiB as the kernel counts it (VmHWM), or -1.
double peakRssMb();

// Resident memory now, in MiB (VmRSS), or -1.
double currentRssMb();

} // namespace civicdesk::cli::benchstats
