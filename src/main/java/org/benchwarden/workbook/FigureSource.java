package org.benchwarden.workbook;

import java.util.function.Consumer;

import org.benchwarden.access.View;
import org.benchwarden.benchmark.Figure;

/**
 * Streams the figures of one view to the workbook writer, so that a workbook is written without
 * holding all its figures in memory. Figures arrive ordered by metric code, then period, then rank
 * for organisation-level views or aggregate code for aggregate views.
 */
@FunctionalInterface
public interface FigureSource {

	/**
	 * Passes every figure of the view to the action, in the order above. An exception thrown here
	 * ends the write, and no workbook file is left behind.
	 */
	void forEachFigure(View view, Consumer<Figure> action);

}
