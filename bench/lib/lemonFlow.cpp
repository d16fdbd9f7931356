// Min-cost flow with LEMON (network simplex and cost scaling) on the region path's candidate cells, for the
// matching bench (bench/lib/flowCompare.ts writes the cells; this prints one JSON line per solver). Two
// formulations: a node per place (the assignment as the engine solves it), and a node per mentor whose places
// are arcs to the sink costing their load terms (capacity-aware). Costs are scaled to integers (×10⁶).
#include <lemon/cost_scaling.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>
using namespace lemon;
typedef long long ll;
static double cpuMs() { return (double)clock() / CLOCKS_PER_SEC * 1000.0; }

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  FILE* f = fopen(argv[1], "rb");
  if (!f) return 2;
  double head[4];
  if (fread(head, 8, 4, f) != 4) return 2;
  int n = (int)head[0], cols = (int)head[1], nnz = (int)head[2];
  double D = head[3];
  std::vector<double> cost(nnz), offset(cols);
  std::vector<int> start(n + 1), col(nnz), slotMentor(cols);
  if (fread(cost.data(), 8, nnz, f) != (size_t)nnz || fread(start.data(), 4, n + 1, f) != (size_t)n + 1 ||
      fread(col.data(), 4, nnz, f) != (size_t)nnz || fread(slotMentor.data(), 4, cols, f) != (size_t)cols ||
      fread(offset.data(), 8, cols, f) != (size_t)cols)
    return 2;
  fclose(f);
  int M = 0;
  for (int s = 0; s < cols; s++) M = slotMentor[s] + 1 > M ? slotMentor[s] + 1 : M;
  const double S = 1e6;
  auto I = [&](double x) { return (ll)llround(x * S); };
  for (int grouped = 0; grouped < 2; grouped++) {
    SmartDigraph g;
    std::vector<SmartDigraph::Node> mentee(n), place(cols), mentor(M);
    SmartDigraph::Node sink = g.addNode();
    for (int i = 0; i < n; i++) mentee[i] = g.addNode();
    SmartDigraph::ArcMap<ll> c(g), cap(g);
    SmartDigraph::NodeMap<ll> supply(g, 0);
    if (grouped) {
      for (int p = 0; p < M; p++) mentor[p] = g.addNode();
      for (int s = 0; s < cols; s++) {
        SmartDigraph::Arc a = g.addArc(mentor[slotMentor[s]], sink);
        c[a] = I(offset[s]);
        cap[a] = 1;
      }
    } else {
      for (int s = 0; s < cols; s++) {
        place[s] = g.addNode();
        SmartDigraph::Arc a = g.addArc(place[s], sink);
        c[a] = 0;
        cap[a] = 1;
      }
    }
    for (int i = 0; i < n; i++) {
      supply[mentee[i]] = 1;
      SmartDigraph::Arc a = g.addArc(mentee[i], sink);
      c[a] = I(D);
      cap[a] = 1;
      int last = -1;
      for (int e = start[i]; e < start[i + 1]; e++) {
        int s = col[e];
        if (grouped) {
          // A mentee lists every place of its mentors, one after another: one arc per mentor.
          if (slotMentor[s] == last) continue;
          last = slotMentor[s];
          SmartDigraph::Arc b = g.addArc(mentee[i], mentor[last]);
          c[b] = I(cost[e] - offset[s]);
          cap[b] = 1;
        } else {
          SmartDigraph::Arc b = g.addArc(mentee[i], place[s]);
          c[b] = I(cost[e]);
          cap[b] = 1;
        }
      }
    }
    supply[sink] = -n;
    const char* shape = grouped ? "mentor nodes" : "place nodes";
    // Both algorithms the same way: set up, run, print the CPU time, the objective and whether it is optimal.
    auto report = [&](auto& algo, const char* name, bool ok, double t0) {
      printf("{\"solver\":\"%s, %s\",\"ms\":%.1f,\"objective\":%.6f,\"optimal\":%s}\n", name, shape,
             cpuMs() - t0, (double)algo.totalCost() / S, ok ? "true" : "false");
    };
    {
      double t0 = cpuMs();
      NetworkSimplex<SmartDigraph, ll, ll> ns(g);
      ns.costMap(c).upperMap(cap).supplyMap(supply);
      report(ns, "network simplex", ns.run() == NetworkSimplex<SmartDigraph, ll, ll>::OPTIMAL, t0);
    }
    {
      double t0 = cpuMs();
      CostScaling<SmartDigraph, ll, ll> cs(g);
      cs.costMap(c).upperMap(cap).supplyMap(supply);
      report(cs, "cost scaling", cs.run() == CostScaling<SmartDigraph, ll, ll>::OPTIMAL, t0);
    }
  }
  return 0;
}
