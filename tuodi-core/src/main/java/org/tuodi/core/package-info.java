/** 托底 core: the pure domain model and risk engine. Only {@code java.*}; no clock, no I/O. */
package org.tuodi.core;
