/**
 * 一户一案: the case that follows an alert on a household, from 待分派 through 入户核实 and 处置 to 办结, with the
 * 核实无需救助 and county 一事一议 branches, its deadlines per alert level and its overdue status. Pure:
 * every transition returns a new {@link org.tuodi.core.casework.AssistanceCase} and takes its date
 * as a parameter.
 */
package org.tuodi.core.casework;
