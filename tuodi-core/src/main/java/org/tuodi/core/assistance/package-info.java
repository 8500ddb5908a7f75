/**
 * 分层分类社会救助: from a household's categories, the verified findings of a home visit and the local
 * standards, the measures to recommend, each from a named policy that cites its source
 * (国办发〔2023〕39号; 社会救助暂行办法; 最低生活保障审核确认办法; 特困人员认定办法; 民发〔2018〕23号 on 临时救助). {@link
 * org.tuodi.core.assistance.AssistancePolicies} lists the active policies.
 */
package org.tuodi.core.assistance;
