package org.tuodi.core.rules;

/**
 * 取值依据: where a value in a rule set comes from, so that an operator can tell a published rule from
 * a default to set locally.
 */
public enum Provenance {
    /** 公开描述: stated in a public description (e.g. Henan's ¥5,000 medical rule). */
    PUBLIC_DESCRIPTION,
    /** 示例默认值: an illustrative default for the operator to set. */
    ILLUSTRATIVE_DEFAULT,
    /** 本地设定: set by the local operator. */
    LOCAL_SETTING
}
