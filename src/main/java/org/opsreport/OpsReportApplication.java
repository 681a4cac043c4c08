package org.opsreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpsReportApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(OpsReportApplication.class, args)));
	}

}
