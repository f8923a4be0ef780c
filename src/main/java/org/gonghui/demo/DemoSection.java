package org.gonghui.demo;

/**
 * One module's part of the demo city, loaded after the union tree, the members and the
 * demo accounts exist. Each module's section lives here in the demo package (the modules
 * never depend on demo data) and goes through that module's public facade, so its rules
 * apply. Sections run in {@link org.springframework.core.annotation.Order} order.
 */
interface DemoSection {

	void load(DemoContext context);

}
