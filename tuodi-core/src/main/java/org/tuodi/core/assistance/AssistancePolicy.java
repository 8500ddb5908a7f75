package org.tuodi.core.assistance;

import java.util.List;

/**
 * 救助政策规则: one named 分层分类 rule. It reads a household's verified situation and returns the measures
 * it recommends (often none), each citing {@link #source()}. Implementations are stateless and
 * deterministic.
 */
public interface AssistancePolicy {

    /** A stable English name, e.g. {@code DibaoEligibility}. */
    String name();

    /** The policy source in Chinese, e.g. {@code 最低生活保障审核确认办法 第八条}. */
    String source();

    List<Recommendation> recommend(AssistanceContext context);
}
