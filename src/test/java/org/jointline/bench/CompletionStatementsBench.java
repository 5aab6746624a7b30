package org.jointline.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.jointline.platform.Actor;
import org.jointline.production.Commissioning;
import org.jointline.production.ProductionFixture;
import org.jointline.production.ProductionFixture.FlatProduct;
import org.jointline.production.QualityManagement;
import org.jointline.production.TestEntry;
import org.jointline.production.Unit;
import org.jointline.production.UnitId;
import org.jointline.production.UnitManagement;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL statements one operator's thread sends to build a unit as in {@link ProductionBench} (two serials and a lot
 * scanned, a test, completion), counted through a counting {@link DataSource}; module listeners on their own
 * threads are not counted. The first unit warms caches; the figure is the third.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class CompletionStatementsBench {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;

    @Test
    void statementsPerCompletedUnit() {
        Actor operator = fixture.actor("operator.ro");
        FlatProduct product = fixture.flatProduct(3);
        WorkOrder order = fixture.released(product.endItem(), product.facility(), product.customer(), 3);
        List<Unit> started = workOrders.commission(operator, order.id(), new Commissioning(3, null));
        int[] steps = new int[5];
        for (int i = 0; i < 3; i++) {
            UnitId unit = started.get(i).id();
            int start = COUNT.get()[0];
            units.installScanned(operator, unit, product.motors().get(2 * i), null);
            steps[0] = COUNT.get()[0] - start;
            units.installScanned(operator, unit, product.motors().get(2 * i + 1), null);
            units.installScanned(operator, unit, product.lot(), null);
            steps[1] = COUNT.get()[0] - start - 2 * steps[0];
            int test = COUNT.get()[0];
            quality.record(operator, unit, new TestEntry(product.test().id(), "1.5", "BENCH"), null);
            steps[2] = COUNT.get()[0] - test;
            int complete = COUNT.get()[0];
            units.complete(operator, unit);
            steps[3] = COUNT.get()[0] - complete;
            steps[4] = COUNT.get()[0] - start;
        }
        String notes = "per scanned serial " + steps[0] + ", lot " + steps[1] + ", test " + steps[2] + ", completion " + steps[3];
        BenchResults.record("production-complete-unit-statements", "statements", steps[4], "", "one unit: 2 serials, 1 lot, 1 test", notes);
        assertThat(steps[4]).isLessThanOrEqualTo(75);
    }

    @TestConfiguration
    static class Counting {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                            (proxy, method, args) -> {
                                Object result = invoke(dataSource, method, args);
                                return result instanceof Connection connection ? counting(connection) : result;
                            });
                }
            };
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            COUNT.get()[0]++;
                        }
                        return invoke(connection, method, args);
                    });
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
