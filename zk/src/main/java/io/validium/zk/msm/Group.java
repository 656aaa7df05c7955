package io.validium.zk.msm;

/** The two groups MSM runs over, each a factory of per-thread {@link CurveOps}. */
enum Group {
  G1 {
    @Override
    CurveOps newOps() {
      return new G1Ops();
    }
  },
  G2 {
    @Override
    CurveOps newOps() {
      return new G2Ops();
    }
  };

  /** Fresh operations with their own scratch space, for one thread. */
  abstract CurveOps newOps();
}
