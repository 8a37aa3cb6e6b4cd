/** The error catalogue ({@link org.seqdb.engine.error.ErrorCode}) and the engine's one exception. */
package org.seqdb.engine.error;
