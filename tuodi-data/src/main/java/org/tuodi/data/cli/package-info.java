/**
 * 命令行: the {@code tuodi} command for operators and CI ({@code tuodi scan}, {@code tuodi generate},
 * {@code tuodi help}), the main class of the runnable jar. Messages are English; exit code 0 is
 * success, 1 a failure, 2 a usage error.
 */
package org.tuodi.data.cli;
