#pragma once

#include <vector>

namespace civicdesk::cli::benchstats {

// The p-th quantile (0 < p <= 1) by the nearest-rank method; 0 for no samples.
double percentile(std::vector<double> values, double p);

// Peak resident memory of this process in MiB as the kernel counts it (VmHWM), or -1.
double peakRssMb();

// CPU seconds this process has used (every thread): beside wall time on a shared machine it
// says how much of a phase was the process's own work rather than waiting for a busy CPU.
double processCpuSeconds();

// Resident memory now, in MiB (VmRSS), or -1.
double currentRssMb();

} // namespace civicdesk::cli::benchstats
